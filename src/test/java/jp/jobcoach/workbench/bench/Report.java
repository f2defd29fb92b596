package jp.jobcoach.workbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.jobcoach.workbench.bench.ReadBenchmark.Cell;
import jp.jobcoach.workbench.bench.ReadBenchmark.Options;

/** The read benchmark's markdown: a row per path and size, the databases side by side. */
final class Report {
    private Report() {
    }

    static String table(Options options, Map<String, Map<Integer, Map<String, Cell>>> cells, Map<String, String> seeding) {
        Set<String> databases = new LinkedHashSet<>();
        cells.values().forEach(sizes -> sizes.values().forEach(byDb -> databases.addAll(byDb.keySet())));
        StringBuilder out = new StringBuilder(String.format(
                "%nRead paths against their floors (%s %s, %d cores, max heap %d MB); %d warm-up + %d timed runs, %d s budget%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), options.warmUp(), options.runs(), options.budget().toSeconds()));
        seeding.forEach((db, how) -> out.append("Seeded on ").append(db).append(": ").append(how).append('\n'));
        out.append('\n').append("| path | size |");
        databases.forEach(db -> out.append(' ').append(db).append(" median / p95 ms | floor ms | × floor |"));
        out.append(" statements (floor) | rows read (floor) | output bytes | notes |\n|---|---|");
        databases.forEach(db -> out.append("---|---|---|"));
        out.append("---|---|---|---|\n");
        cells.forEach((path, sizes) -> sizes.forEach((size, byDb) -> {
            out.append("| ").append(path).append(" | ").append(size(path, size)).append(" |");
            for (String db : databases) {
                Cell cell = byDb.get(db);
                if (cell == null || !cell.path().measured()) {
                    out.append(" – | – | – |");
                    continue;
                }
                out.append(String.format(" %s / %s | %s | %s |", millis(cell.path().median()), millis(cell.path().p95()),
                        cell.floor().measured() ? millis(cell.floor().median()) : "–",
                        cell.floor().measured() ? String.format("%.1f", Samples.ratio(cell.path().median(), cell.floor().median())) : "–"));
            }
            List<Cell> measured = databases.stream().map(byDb::get).filter(cell -> cell != null).toList();
            out.append(' ').append(counts(measured, Measurer.Result::statements)).append(" | ")
                    .append(counts(measured, Measurer.Result::rows)).append(" | ")
                    .append(distinct(measured, cell -> String.format("%,d", cell.path().bytes()))).append(" | ")
                    .append(notes(databases, byDb)).append(" |\n");
        }));
        out.append("\nHistory case at each size: ");
        out.append(String.join("; ", options.records().stream().map(n -> String.format("%,d = %s", n, BenchData.mixOf(n))).toList()));
        return out.append('\n').toString();
    }

    /** One line of progress while the benchmark runs. */
    static String brief(Cell cell) {
        Measurer.Result path = cell.path();
        if (!path.measured()) {
            return "no runs " + path.note();
        }
        return String.format("median %s ms, floor %s ms, %d statements, %d rows, %,d bytes %s", millis(path.median()),
                cell.floor().measured() ? millis(cell.floor().median()) : "–", path.statements(), path.rows(), path.bytes(), path.note());
    }

    private static String size(String path, int size) {
        return String.format("%,d %s", size, path.equals("GET /cases") ? "cases" : "records");
    }

    private static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms >= 100 ? String.format("%,.0f", ms) : ms >= 10 ? String.format("%.1f", ms) : String.format("%.2f", ms);
    }

    /** "28 (6)": the path's and the floor's counts, each given once when the databases agree. */
    private static String counts(List<Cell> cells, Function<Measurer.Result, Long> count) {
        return distinct(cells, cell -> String.format("%,d", count.apply(cell.path()))) + " ("
                + distinct(cells, cell -> String.format("%,d", count.apply(cell.floor()))) + ")";
    }

    private static String distinct(List<Cell> cells, Function<Cell, String> value) {
        return String.join(" / ", new LinkedHashSet<>(cells.stream().map(value).toList()));
    }

    private static String notes(Set<String> databases, Map<String, Cell> byDb) {
        List<String> notes = new ArrayList<>();
        for (String db : databases) {
            Cell cell = byDb.get(db);
            if (cell != null && !cell.path().note().isEmpty()) {
                notes.add(db + ": " + cell.path().note());
            }
            if (cell != null && !cell.floor().note().isEmpty()) {
                notes.add(db + " floor: " + cell.floor().note());
            }
        }
        return String.join("; ", notes);
    }
}
