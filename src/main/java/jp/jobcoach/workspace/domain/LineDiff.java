package jp.jobcoach.workspace.domain;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line comparison of two texts (longest common subsequence), for reading long plan sections. */
public final class LineDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    /** The lines of {@code before} and {@code after} in reading order, each marked as kept, removed or added;
     * where lines were replaced, the removed ones come first. */
    public static List<Line> between(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        int[][] common = commonLengths(old, now);
        List<Line> diff = new ArrayList<>();
        int o = 0;
        int n = 0;
        while (o < old.size() || n < now.size()) {
            if (o < old.size() && n < now.size() && old.get(o).equals(now.get(n))) {
                diff.add(new Line(Kind.SAME, old.get(o++)));
                n++;
            } else if (o < old.size() && (n == now.size() || common[o + 1][n] >= common[o][n + 1])) {
                diff.add(new Line(Kind.REMOVED, old.get(o++)));
            } else {
                diff.add(new Line(Kind.ADDED, now.get(n++)));
            }
        }
        return diff;
    }

    /** {@code common[o][n]}: length of the longest common subsequence of old[o..] and now[n..]. */
    private static int[][] commonLengths(List<String> old, List<String> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int o = old.size() - 1; o >= 0; o--) {
            for (int n = now.size() - 1; n >= 0; n--) {
                common[o][n] = old.get(o).equals(now.get(n))
                        ? common[o + 1][n + 1] + 1
                        : Math.max(common[o + 1][n], common[o][n + 1]);
            }
        }
        return common;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }
}
