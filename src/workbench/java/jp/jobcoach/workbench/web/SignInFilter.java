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
 * pages redirect to the switcher. The one exception is as in Confluence: the plugin's servlet modules get every
 * request, signed in or not, and authenticate it themselves (the calendar feed by its token); the signed-in user, if
 * any, is still set.
 */
public final class SignInFilter implements Filter {
    private final Sessions sessions;
    /** The path prefixes of the plugin's servlet modules, e.g. {@code /plugins/servlet/jobcoach/calendar/}. */
    private final java.util.List<String> pluginServlets;

    public SignInFilter(Sessions sessions) {
        this(sessions, java.util.List.of());
    }

    public SignInFilter(Sessions sessions, java.util.List<String> pluginServlets) {
        this.sessions = sessions;
        this.pluginServlets = java.util.List.copyOf(pluginServlets);
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
        if (user.isEmpty() && pluginServlets.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
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
