package jp.jobcoach.workspace.domain.task;

/**
 * The independence rate of one session: the steps done independently (自立) among the steps observed. A step not
 * observed is in neither count.
 */
public record IndependenceRate(int independent, int observed) implements Comparable<IndependenceRate> {

    public IndependenceRate {
        if (observed <= 0 || independent < 0 || independent > observed) {
            throw new IllegalArgumentException(independent + " of " + observed);
        }
    }

    /** Rounded to a whole percent, as shown. */
    public int percent() {
        return (int) Math.round(100.0 * independent / observed);
    }

    public double fraction() {
        return (double) independent / observed;
    }

    /** By value, exactly (2 of 4 equals 1 of 2). */
    @Override
    public int compareTo(IndependenceRate other) {
        return Long.compare((long) independent * other.observed, (long) other.independent * observed);
    }
}
