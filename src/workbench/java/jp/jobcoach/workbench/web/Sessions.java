package jp.jobcoach.workbench.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.WorkbenchUser;

/** Cookie sessions of the user switcher, kept in WB_SESSION so that any workbench node on the database knows them. */
public final class Sessions {
    static final String COOKIE = "WB_SESSION";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database database;

    public Sessions(Database database) {
        this.database = database;
    }

    public Optional<WorkbenchUser> user(HttpServletRequest request) {
        return token(request).flatMap(token -> database.queryOne("SELECT USERNAME FROM WB_SESSION WHERE TOKEN = ?",
                row -> row.getString(1), token)).flatMap(DemoUsers::byName);
    }

    public void signIn(WorkbenchUser user, HttpServletResponse response) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        database.update("INSERT INTO WB_SESSION (TOKEN, USERNAME, CREATED) VALUES (?, ?, ?)", token, user.username(), System.currentTimeMillis());
        response.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(token -> database.update("DELETE FROM WB_SESSION WHERE TOKEN = ?", token));
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(COOKIE)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
