package jp.jobcoach.workbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.PerRequestPageBuilder;
import jp.jobcoach.workbench.plugin.PluginModules.RestModule;
import jp.jobcoach.workbench.plugin.PluginModules.ServletModule;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty with the workbench's pages and the plugin's REST resources, servlets and web resources, behind sign-in. */
public final class WebServer {
    static final String STATIC_PATH = "/wb-static";
    private final Server server;

    /**
     * @param modules makes (or returns) the plugin container's instance of a module class
     */
    public WebServer(String bind, int port, Site site, List<RestModule> rest, List<ServletModule> servlets, Function<Class<?>, Object> modules) {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        List<String> servletPaths = servlets.stream().flatMap(module -> module.urlPatterns().stream())
                .map(pattern -> "/plugins/servlet" + (pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern))
                .toList();
        context.addFilter(new FilterHolder(new SignInFilter(site.sessions(), servletPaths)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new RestXsrfFilter()), "/rest/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(startingWithNothingRequired(site.pageBuilder())), "/*", EnumSet.of(DispatcherType.REQUEST));
        addWorkbenchPages(context, site);
        rest.forEach(module -> context.addServlet(new ServletHolder(module.key(), jersey(module, modules)), module.mountPath() + "/*"));
        servlets.forEach(module -> module.urlPatterns().forEach(pattern -> context.addServlet(
                new ServletHolder(module.key(), (Servlet) modules.apply(module.servletClass())), "/plugins/servlet" + pattern)));
        server.setHandler(context);
    }

    private static void addWorkbenchPages(ServletContextHandler context, Site site) {
        context.addServlet(new ServletHolder(new SwitcherServlet(site)), SwitcherServlet.PATH);
        context.addServlet(new ServletHolder(new SwitcherServlet.SignOut(site.sessions())), "/signout");
        context.addServlet(new ServletHolder(new SpaceServlet(site)), "/");
        context.addServlet(new ServletHolder(new PageServlet(site)), "/pages/*");
        context.addServlet(new ServletHolder(new InboxServlet(site)), "/inbox");
        context.addServlet(new ServletHolder(new ScheduledJobsServlet(site)), ScheduledJobsServlet.PATH);
        context.addServlet(new ServletHolder(new ContentApiServlet(site)), ContentApiServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new WebResourceServlet(site.webResources())), WebResourceServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new StaticServlet()), STATIC_PATH + "/*");
    }

    /** Each request's page requires only what is rendered for it (see PerRequestPageBuilder). */
    private static Filter startingWithNothingRequired(PerRequestPageBuilder pageBuilder) {
        return (request, response, chain) -> {
            pageBuilder.startRequest();
            chain.doFilter(request, response);
        };
    }

    /** The plugin produces its own JSON strings, so Jersey needs no JSON provider; WADL is off for a fast start. */
    private static ServletContainer jersey(RestModule module, Function<Class<?>, Object> modules) {
        ResourceConfig config = new ResourceConfig();
        module.resourceClasses().forEach(type -> config.registerInstances(modules.apply(type)));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        return new ServletContainer(config);
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("[workbench] Jetty stop failed: " + e);
        }
    }

    /** The workbench's own CSS (open without sign-in, like the switcher that uses it). */
    private static final class StaticServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String name = request.getRequestURI().substring(STATIC_PATH.length() + 1);
            InputStream in = name.matches("[a-z0-9.-]+") ? getClass().getClassLoader().getResourceAsStream("workbench-static/" + name) : null;
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            try (in) {
                response.setContentType(WebResourceServlet.contentType(name));
                in.transferTo(response.getOutputStream());
            }
        }
    }
}
