package jp.jobcoach.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.WorkbenchUser;

/**
 * No anonymous access anywhere: only the switcher and the workbench's own CSS are open. Everything else needs a
 * signed-in user, who is then Confluence's AuthenticatedUserThreadLocal for the request. REST answers 401 JSON,
 * pages redirect to the switcher.
 */
public final class SignInFilter implements Filter {
    private final Sessions sessions;

    public SignInFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SwitcherServlet.PATH) || path.startsWith(WebServer.STATIC_PATH + "/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<WorkbenchUser> user = sessions.user(request);
        if (user.isEmpty()) {
            refuse(request, response, path);
            return;
        }
        AuthenticatedUserThreadLocal.set(user.get());
        try {
            chain.doFilter(request, response);
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (path.startsWith("/rest/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"Sign in first: /switcher\"}");
            return;
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + SwitcherServlet.PATH + "?next=" + Html.url(next));
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to configure
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
