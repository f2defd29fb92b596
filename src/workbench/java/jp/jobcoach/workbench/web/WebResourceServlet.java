package jp.jobcoach.workbench.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.plugin.PluginModules.Download;
import jp.jobcoach.workbench.plugin.PluginModules.WebResource;

/** /download/resources/PLUGIN:MODULE/NAME: a web-resource's download, from the classpath location the descriptor gives. */
final class WebResourceServlet extends HttpServlet {
    static final String PATH = "/download/resources";
    private final List<WebResource> webResources;

    WebResourceServlet(List<WebResource> webResources) {
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getRequestURI().substring(PATH.length() + 1);
        int slash = rest.indexOf('/');
        Optional<Download> download = slash < 0 ? Optional.empty() : find(rest.substring(0, slash), rest.substring(slash + 1));
        String requested = slash < 0 ? "" : rest.substring(slash + 1);
        InputStream in = download.map(found -> getClass().getClassLoader().getResourceAsStream(location(found, requested)))
                .orElse(null);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(contentType(requested));
            in.transferTo(response.getOutputStream());
        }
    }

    private Optional<Download> find(String completeKey, String name) {
        return webResources.stream().filter(resource -> resource.completeKey().equals(completeKey))
                .flatMap(resource -> resource.downloads().stream()).filter(download -> matches(download, name)).findFirst();
    }

    /** A download whose name ends in "/" is a folder, as in Confluence: it serves every file below its location. */
    private static boolean matches(Download download, String name) {
        return download.name().endsWith("/") ? name.startsWith(download.name()) && !name.contains("..")
                : download.name().equals(name);
    }

    private static String location(Download download, String name) {
        return download.name().endsWith("/") ? download.location() + name.substring(download.name().length())
                : download.location();
    }

    static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "application/javascript;charset=UTF-8";
        }
        String guessed = URLConnection.guessContentTypeFromName(name);
        return name.endsWith(".svg") ? "image/svg+xml" : guessed == null ? "application/octet-stream" : guessed;
    }
}
