package jp.jobcoach.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.jobcoach.workbench.web.WorkbenchClient;
import org.junit.After;
import org.junit.Test;

/**
 * A workbench process killed (SIGKILL) in the middle of a stream of writes loses none of the writes it had
 * answered: what a user saw saved is there after a restart on the same data folder.
 */
public class WorkbenchCrashTest {
    private static final long HOME_PAGE = 1;
    private Process process;

    @After
    public void killLeftovers() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    public void committedWritesSurviveAKill() throws Exception {
        Path data = Files.createTempDirectory("workbench-crash");
        int port = freePort();
        WorkbenchClient client = start(data, port);
        String cookie = client.signIn("ito.yumi");
        List<String> acknowledged = new ArrayList<>();
        Thread writer = new Thread(() -> writeUntilKilled(client, cookie, acknowledged));
        writer.start();
        Thread.sleep(1500);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        writer.join(10_000);
        assertTrue("the writer got some writes through before the kill: " + acknowledged.size(), acknowledged.size() > 3);

        WorkbenchClient restarted = start(data, port);
        String page = restarted.get("/pages/" + HOME_PAGE, restarted.signIn("ito.yumi")).body();
        List<String> lost = acknowledged.stream().filter(marker -> !page.contains(marker)).toList();
        assertEquals("acknowledged writes lost by the kill", List.of(), lost);
    }

    private static void writeUntilKilled(WorkbenchClient client, String cookie, List<String> acknowledged) {
        for (int i = 0; i < 10_000; i++) {
            String marker = "crash-marker-" + i + "-end";
            try {
                if (client.post("/pages/" + HOME_PAGE + "/comments", "body=" + marker, cookie).statusCode() == 302) {
                    acknowledged.add(marker);
                }
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    /** Starts a separate workbench JVM on the test classpath and waits for its "ready" line. */
    private WorkbenchClient start(Path data, int port) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classpath, Workbench.class.getName(), "--port", String.valueOf(port), "--data", data.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.contains("ready in")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return new WorkbenchClient("http://127.0.0.1:" + port);
            }
        }
        throw new AssertionError("the workbench exited before it was ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
