package jp.jobcoach.workbench.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Atlassian REST's XSRF rule, which Confluence applies to every REST resource before the plugin sees the request:
 * a POST whose content type a plain HTML form or a "simple" cross-site request could send (none, form-encoded,
 * multipart, text/plain) is refused with 403 unless it carries {@code X-Atlassian-Token: no-check}. Scripts of the
 * same site send JSON, or the header.
 */
final class RestXsrfFilter implements Filter {
    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final Set<String> FORM_LIKE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> NO_CHECK = Set.of("no-check", "nocheck");

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        if (request.getMethod().equals("POST") && formLike(request.getContentType())
                && !NO_CHECK.contains(String.valueOf(request.getHeader(TOKEN_HEADER)).toLowerCase(Locale.ROOT))) {
            HttpServletResponse response = (HttpServletResponse) servletResponse;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("XSRF check failed");
            return;
        }
        chain.doFilter(servletRequest, servletResponse);
    }

    private static boolean formLike(String contentType) {
        return contentType == null || contentType.isBlank()
                || FORM_LIKE.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
}
