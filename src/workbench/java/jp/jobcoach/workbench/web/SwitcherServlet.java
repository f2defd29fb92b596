package jp.jobcoach.workbench.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.WorkbenchUser;

/** The sign-in switcher: a local development convenience to act as any demo user. Not a security boundary. */
final class SwitcherServlet extends HttpServlet {
    static final String PATH = "/switcher";
    private final Site site;

    SwitcherServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        StringBuilder users = new StringBuilder();
        for (WorkbenchUser user : DemoUsers.ALL) {
            users.append("<li><form method=\"post\" action=\"").append(PATH).append("\"><input type=\"hidden\" name=\"next\" value=\"")
                    .append(Html.escape(next)).append("\"><button class=\"aui-button\" type=\"submit\" name=\"username\" value=\"")
                    .append(Html.escape(user.username())).append("\" data-username=\"").append(Html.escape(user.username())).append("\">")
                    .append(Html.escape(user.fullName())).append("</button> <code>").append(Html.escape(user.username())).append("</code> ")
                    .append(Html.escape(user.role())).append(" <small>[").append(Html.escape(user.locale().getLanguage())).append("]</small></form></li>");
        }
        Layout.write(response, site, "Sign in", "", "<h1>Sign in as a demo user / デモユーザーでサインイン</h1>"
                + "<div class=\"aui-message aui-message-warning\"><p><strong>Local development convenience only / ローカル開発用の機能です。</strong> "
                + "There are no passwords: anyone who can reach this workbench can act as any user. It is not a security boundary; "
                + "never expose it beyond 127.0.0.1.</p></div><ul class=\"wb-users\">" + users + "</ul>"
                + "<form method=\"post\" action=\"/signout\"><button class=\"aui-button\" type=\"submit\">Sign out / サインアウト</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WorkbenchUser user = DemoUsers.byName(String.valueOf(request.getParameter("username"))).orElse(null);
        if (user == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown user");
            return;
        }
        site.sessions().signIn(user, response);
        response.sendRedirect(safeNext(request.getParameter("next")));
    }

    /** Only a local path, so the switcher is no open redirect. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }

    /** POST /signout ends the session. */
    static final class SignOut extends HttpServlet {
        private final Sessions sessions;

        SignOut(Sessions sessions) {
            this.sessions = sessions;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            sessions.signOut(request, response);
            response.sendRedirect(PATH);
        }
    }
}
