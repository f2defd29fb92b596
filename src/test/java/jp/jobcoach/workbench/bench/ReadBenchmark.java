package jp.jobcoach.workbench.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.bench.ReadPaths.Dimension;
import jp.jobcoach.workbench.bench.ReadPaths.ReadPath;

/**
 * What each read path costs as the data grows, against the bare indexed SQL it needs (its floor), on H2 and
 * PostgreSQL side by side, for docs/performance.md. For each database: a fresh workbench in-process (in-memory H2;
 * a PostgreSQL database made for the run and dropped after), seeded through the plugin's services
 * ({@link BenchData}) to each size in turn, every path of {@link ReadPaths} measured at each size
 * ({@link Measurer}). Prints one markdown table. Not a test: run it with
 * {@code mvn -q -DskipTests test-compile exec:java@read-bench}, options through {@code -Dreadbench.args="..."}:
 * <pre>
 *   --db h2,postgres            databases, in this order
 *   --records 10,1000,10000     sizes of the history case (timeline records)
 *   --cases 10,100,1000         sizes of the coach's case list
 *   --warmup 5 --runs 30        runs per path and size
 *   --budget 20                 seconds per path and size (warm-up included); then "over budget"
 *   --cap 20                    MB of output after which a path is run no more
 *   --pg-url jdbc:postgresql://127.0.0.1:5432/ --pg-user postgres
 * </pre>
 */
public final class ReadBenchmark {
    private ReadBenchmark() {
    }

    /** The options, with their defaults. */
    record Options(List<String> databases, List<Integer> records, List<Integer> cases, int warmUp, int runs, Duration budget,
                   long outputCap, String pgUrl, String pgUser) {
        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --option value, got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("no value after " + args[args.length - 1]);
            }
            Options options = new Options(list(given.getOrDefault("db", "h2,postgres")),
                    ints(given.getOrDefault("records", "10,1000,10000")), ints(given.getOrDefault("cases", "10,100,1000")),
                    Integer.parseInt(given.getOrDefault("warmup", "5")), Integer.parseInt(given.getOrDefault("runs", "30")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("budget", "20"))),
                    Long.parseLong(given.getOrDefault("cap", "20")) * 1_000_000,
                    given.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/"), given.getOrDefault("pg-user", "postgres"));
            given.keySet().removeAll(List.of("db", "records", "cases", "warmup", "runs", "budget", "cap", "pg-url", "pg-user"));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options " + given.keySet());
            }
            return options;
        }

        private static List<String> list(String value) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static List<Integer> ints(String value) {
            return list(value).stream().map(Integer::valueOf).sorted().toList();
        }

        int stages() {
            return Math.max(records.size(), cases.size());
        }
    }

    /** One path at one size on one database: the path and its floor. */
    record Cell(Measurer.Result path, Measurer.Result floor) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // path name -> size -> database -> cell, in the order the paths are declared
        Map<String, Map<Integer, Map<String, Cell>>> cells = new LinkedHashMap<>();
        Map<String, String> seeding = new LinkedHashMap<>();
        for (String database : options.databases()) {
            switch (database) {
                case "h2" -> run("H2", WorkbenchConfig.inMemory("read-bench"), options, cells, seeding);
                case "postgres" -> onFreshPostgres(options, config -> run("PostgreSQL", config, options, cells, seeding));
                default -> throw new IllegalArgumentException("unknown database " + database + " (h2, postgres)");
            }
        }
        System.out.println(Report.table(options, cells, seeding));
    }

    @FunctionalInterface
    private interface OnDatabase {
        void run(WorkbenchConfig config) throws Exception;
    }

    /** A database of its own for the run, dropped after it: the shared {@code test} database is never touched. */
    private static void onFreshPostgres(Options options, OnDatabase work) throws Exception {
        String name = "jobcoach_bench_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(options.pgUrl() + "postgres", options.pgUser(), "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            try {
                WorkbenchConfig config = serverConfig(options.pgUrl() + name, options.pgUser());
                work.run(config);
            } finally {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + options.pgUrl() + ": " + e.getMessage(), e);
        }
    }

    /** A workbench on a server: nothing of it is written to its data folder. */
    private static WorkbenchConfig serverConfig(String url, String user) {
        WorkbenchConfig config = new WorkbenchConfig();
        config.port = 0;
        config.dbUrl = url;
        config.dbUser = user;
        return config;
    }

    private static void run(String label, WorkbenchConfig config, Options options, Map<String, Map<Integer, Map<String, Cell>>> cells,
                            Map<String, String> seeding) throws Exception {
        config.seedDemo = false;
        try (Workbench workbench = Workbench.start(config)) {
            BenchData data = new BenchData(workbench);
            ReadPaths paths = new ReadPaths(workbench, data);
            Measurer measurer = new Measurer(workbench.database(), options.warmUp(), options.runs(), options.budget(), options.outputCap());
            List<String> seeded = new ArrayList<>();
            for (int stage = 0; stage < options.stages(); stage++) {
                Integer records = stage < options.records().size() ? options.records().get(stage) : null;
                Integer cases = stage < options.cases().size() ? options.cases().get(stage) : null;
                long start = System.nanoTime();
                if (records != null) {
                    data.growHistoryTo(records);
                }
                if (cases != null) {
                    data.growCoachCasesTo(cases);
                }
                String took = String.format("%s records / %s cases in %.0f s", records, cases, (System.nanoTime() - start) / 1e9);
                seeded.add(took);
                progress(label + ": seeded " + took);
                for (ReadPath path : paths.all()) {
                    Integer size = path.dimension() == Dimension.RECORDS ? records : cases;
                    if (size == null) {
                        continue;
                    }
                    Cell cell = new Cell(measurer.measure(path.run()), measurer.measure(paths.floor(path.floor())));
                    cells.computeIfAbsent(path.name(), name -> new TreeMap<>()).computeIfAbsent(size, s -> new LinkedHashMap<>())
                            .put(label, cell);
                    progress(String.format("%s %s @ %d: %s", label, path.name(), size, Report.brief(cell)));
                }
            }
            seeding.put(label, String.join("; ", seeded));
        }
    }

    private static void progress(String line) {
        System.err.println("[read-bench] " + line);
    }
}
