package jp.jobcoach.workbench.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.render.StorageFormatRenderer;
import jp.jobcoach.workbench.render.WorkbenchConversionContext;

/**
 * How long each of the plugin's macros takes to render on the demo pages, for docs/performance.md: the workbench
 * in-process on in-memory H2 with the demo data, each macro of each demo page rendered alone through the page
 * renderer (as the page view renders it) for one viewer, after a warm-up. Prints the median and p95 per macro
 * and the output size. Not a test: run it with
 * {@code mvn -q -DskipTests test-compile exec:java@macro-bench} (options through {@code -Dbench.args="USER RUNS"}).
 */
public final class MacroRenderBenchmark {
    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro ac:name=\"(jobcoach-[a-z-]+)\"[^>]*?(?:/>|>.*?</ac:structured-macro>)", Pattern.DOTALL);
    private static final int WARM_UP = 20;

    private MacroRenderBenchmark() {
    }

    public static void main(String[] args) {
        String username = args.length > 0 ? args[0] : "watanabe.makoto";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        WorkbenchUser viewer = DemoUsers.byName(username).orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
        try (Workbench workbench = Workbench.start(WorkbenchConfig.inMemory("macro-bench"))) {
            Map<String, List<Long>> nanos = new TreeMap<>();
            Map<String, Integer> bytes = new TreeMap<>();
            AuthenticatedUserThreadLocal.set(viewer);
            try {
                measure(workbench, runs, nanos, bytes);
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
            print(username, runs, nanos, bytes);
        }
    }

    private static void measure(Workbench workbench, int runs, Map<String, List<Long>> nanos, Map<String, Integer> bytes) {
        PageStore pages = workbench.host().pages();
        StorageFormatRenderer renderer = workbench.pageRenderer();
        for (var space : pages.spaces()) {
            for (PageStore.StoredPage stored : pages.pagesOf(space.getKey())) {
                Matcher macro = MACRO.matcher(stored.body());
                while (macro.find()) {
                    var context = new WorkbenchConversionContext(pages.getPage(stored.id()), "display");
                    String fragment = macro.group();
                    for (int i = 0; i < WARM_UP; i++) {
                        renderer.render(fragment, context);
                    }
                    List<Long> samples = nanos.computeIfAbsent(macro.group(1), name -> new ArrayList<>());
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        String html = renderer.render(fragment, context);
                        samples.add(System.nanoTime() - start);
                        bytes.merge(macro.group(1), html.length(), Math::max);
                    }
                }
            }
        }
    }

    private static void print(String username, int runs, Map<String, List<Long>> nanos, Map<String, Integer> bytes) {
        StringBuilder out = new StringBuilder(String.format("%nMacro render time, viewer %s, %d runs per macro per page (%s, %d cores)%n",
                username, runs, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        out.append("| macro | samples | median ms | p95 ms | largest output (chars) |\n|---|---|---|---|---|\n");
        nanos.forEach((name, samples) -> {
            List<Long> sorted = samples.stream().sorted().toList();
            out.append(String.format("| %s | %d | %.2f | %.2f | %d |%n", name, sorted.size(), millis(sorted, 0.5),
                    millis(sorted, 0.95), bytes.get(name)));
        });
        System.out.println(out);
    }

    private static double millis(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))) / 1_000_000.0;
    }
}
