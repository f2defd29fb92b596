package jp.jobcoach.workbench.web;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP to an in-process workbench, signed in through its switcher like a browser would be. */
public final class WorkbenchClient {
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public WorkbenchClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in as {@code username}; returns the session cookie to pass to the other calls. */
    public String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/switcher", "username=" + username + "&next=/", null);
        assertEquals(302, response.statusCode());
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    public HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form, String cookie) throws IOException, InterruptedException {
        return send(path, "application/x-www-form-urlencoded", form, cookie);
    }

    public HttpResponse<String> postJson(String path, String json, String cookie) throws IOException, InterruptedException {
        return send(path, "application/json", json, cookie);
    }

    public HttpResponse<String> putJson(String path, String json, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).header("X-Atlassian-Token", "no-check").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String type, String body, String cookie)
            throws IOException, InterruptedException {
        return http.send(request(path, cookie).header("Content-Type", type).header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return cookie == null ? builder : builder.header("Cookie", cookie);
    }
}
