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
            largeTaskAnalysis(workbench);
            AuthenticatedUserThreadLocal.set(viewer);
            try {
                measure(workbench, runs, nanos, bytes);
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
            print(username, runs, nanos, bytes);
        }
    }

    /** The page whose task-analysis macro shows the 40 × 60 worksheet, reported on a line of its own. */
    private static final String LARGE_SHEET_PAGE = "鈴木 健太：課題分析";

    /**
     * A task analysis of 40 steps and 60 sessions (every step observed in each) on 鈴木 健太's case, which has none in
     * the demo, so that its task-analysis page measures the worksheet at the size issue 16 names.
     */
    private static void largeTaskAnalysis(Workbench workbench) {
        AuthenticatedUserThreadLocal.set(DemoUsers.byName("watanabe.makoto").orElseThrow());
        try {
            long casePage = workbench.host().pages().pageByTitle(jp.jobcoach.workbench.demo.DemoSeeder.SPACE_KEY,
                    "鈴木 健太さんの復職支援").orElseThrow().getId();
            long caseId = workbench.component(jp.jobcoach.workspace.service.CaseService.class).caseOfPage(casePage).orElseThrow();
            var tasks = workbench.component(jp.jobcoach.workspace.service.TaskAnalysisService.class);
            List<jp.jobcoach.workspace.domain.task.TaskStep> steps = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                steps.add(new jp.jobcoach.workspace.domain.task.TaskStep(0, "手順 " + i + " ピッキングリストを確認する", "棚 " + i,
                        "品番の下4桁を読む", "リストの次の行", "リーダー", "チェックリスト", false));
            }
            var analysis = tasks.create(caseId, new jp.jobcoach.workspace.domain.task.TaskAnalysis("ピッキング（40 手順）", "目標",
                    "倉庫", "リーダー", 3, jp.jobcoach.workspace.domain.task.AnalysisStatus.ACTIVE, steps));
            // 鈴木 returned six weeks ago: 60 sessions over the last 40 days, some days twice
            java.time.LocalDate day = java.time.LocalDate.now().minusDays(40);
            for (int n = 0; n < 60; n++) {
                List<jp.jobcoach.workspace.domain.task.StepObservation> levels = new ArrayList<>();
                for (var step : analysis.value().steps()) {
                    levels.add(new jp.jobcoach.workspace.domain.task.StepObservation(step.id(), Math.min(4, n / 12 + (int) (step.id() % 2)),
                            null, null));
                }
                tasks.recordSession(caseId, analysis.id(), new jp.jobcoach.workspace.domain.task.TaskSession(day.plusDays(n * 40L / 59),
                        null, null, 20, null, levels));
            }
        } finally {
            AuthenticatedUserThreadLocal.reset();
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
                    String key = stored.title().equals(LARGE_SHEET_PAGE) ? macro.group(1) + " (40 × 60)" : macro.group(1);
                    List<Long> samples = nanos.computeIfAbsent(key, name -> new ArrayList<>());
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        String html = renderer.render(fragment, context);
                        samples.add(System.nanoTime() - start);
                        bytes.merge(key, html.length(), Math::max);
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
