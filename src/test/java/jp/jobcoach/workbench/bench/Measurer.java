package jp.jobcoach.workbench.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workbench.db.Database;

/**
 * Times one read the same way for a path and for its floor: warm-up runs, then timed runs, all within a time budget,
 * counting the statements and rows each timed run costs through the workbench's pool. A path that runs out of budget
 * keeps the runs it got and says so; one whose output passes the cap is run no more (its output was never kept).
 */
final class Measurer {
    /** One run of a read: answers the bytes it produced, which the caller has not kept. */
    @FunctionalInterface
    interface Run {
        long once() throws Exception;
    }

    /** What the timed runs cost; {@code note} says why there are fewer runs than asked, or what failed. */
    record Result(List<Long> nanos, long statements, long rows, long bytes, String note) {
        boolean measured() {
            return !nanos.isEmpty();
        }

        long median() {
            return Samples.median(nanos);
        }

        long p95() {
            return Samples.p95(nanos);
        }
    }

    private final Database database;
    private final int warmUp;
    private final int runs;
    private final Duration budget;
    private final long outputCap;

    Measurer(Database database, int warmUp, int runs, Duration budget, long outputCap) {
        this.database = database;
        this.warmUp = warmUp;
        this.runs = runs;
        this.budget = budget;
        this.outputCap = outputCap;
    }

    Result measure(Run run) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Long> warm = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        List<Long> statements = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        long bytes = 0;
        String note = "";
        try {
            for (int i = 0; i < warmUp + runs; i++) {
                boolean timed = i >= warmUp;
                long statementsBefore = database.statementCount();
                long rowsBefore = database.rowsRead();
                long start = System.nanoTime();
                bytes = run.once();
                long took = System.nanoTime() - start;
                (timed ? nanos : warm).add(took);
                statements.add(database.statementCount() - statementsBefore);
                rows.add(database.rowsRead() - rowsBefore);
                if (bytes > outputCap) {
                    note = "output over the " + outputCap / 1_000_000 + " MB cap, run " + (i + 1) + " time(s)";
                    break;
                }
                if (System.nanoTime() > deadline && i + 1 < warmUp + runs) {
                    note = "over budget (" + budget.toSeconds() + " s): " + (i + 1) + " of " + (warmUp + runs) + " runs";
                    break;
                }
            }
        } catch (Exception | OutOfMemoryError e) {
            note = "failed after " + (warm.size() + nanos.size()) + " runs: " + e;
        }
        if (nanos.isEmpty() && !warm.isEmpty()) {
            // too slow to warm up: the cold runs are all there is, and the note says so
            nanos = warm;
            note += ", cold runs only";
        }
        return new Result(nanos, statements.isEmpty() ? 0 : Samples.median(statements), rows.isEmpty() ? 0 : Samples.median(rows),
                bytes, note);
    }

    /** UTF-8 length of {@code text} without encoding it (a 60 MB page would need another 60 MB). */
    static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
