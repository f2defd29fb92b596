package jp.jobcoach.workbench.bench;

import java.util.List;

/**
 * The arithmetic of the read benchmark: nearest-rank quantiles of the timed runs and the ratio of a path to its
 * floor. Kept apart from the harness so {@code SamplesTest} can check it without a database.
 */
final class Samples {
    private Samples() {
    }

    /** The median by nearest rank (the upper of the middle two for an even count), so it is always a run's value. */
    static long median(List<Long> values) {
        return quantile(values, 0.5);
    }

    /** The 95th percentile by nearest rank: the smallest value at or above which 95 % of the runs lie. */
    static long p95(List<Long> values) {
        return quantile(values, 0.95);
    }

    /**
     * The nearest-rank quantile {@code q} (0 &lt; q ≤ 1) of {@code values} in any order: the value at rank
     * ⌈q·n⌉ of the sorted values, with the median of an even count taken as the upper middle one (rank n/2 + 1).
     */
    static long quantile(List<Long> values, double q) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        if (q <= 0 || q > 1) {
            throw new IllegalArgumentException("quantile " + q);
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        int rank = q == 0.5 ? n / 2 + 1 : (int) Math.ceil(q * n);
        return sorted.get(Math.min(n, Math.max(1, rank)) - 1);
    }

    /** How many times its floor a path costs; a floor of zero time (below the clock's resolution) counts as one nanosecond. */
    static double ratio(long pathNanos, long floorNanos) {
        return (double) pathNanos / Math.max(1, floorNanos);
    }
}
