package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.jobcoach.workbench.Workbench;

/** Plain HTTP against a running workbench: sign in on the switcher, then GET and POST with the session cookie. */
public final class WorkbenchClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Workbench workbench;

    public WorkbenchClient(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The session cookie of {@code username}. */
    public String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/switcher", "username=" + username + "&next=/", null);
        assertEquals(302, response.statusCode());
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path));
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }
}
