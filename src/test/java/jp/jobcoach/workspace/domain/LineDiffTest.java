package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.LineDiff.Kind.ADDED;
import static jp.jobcoach.workspace.domain.LineDiff.Kind.REMOVED;
import static jp.jobcoach.workspace.domain.LineDiff.Kind.SAME;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class LineDiffTest {

    @Test
    public void keepsCommonLinesAndShowsReplacementsRemovedFirst() {
        List<LineDiff.Line> diff = LineDiff.between("6時間勤務\n残業なし\n月2回面談", "7時間勤務\n残業なし\n月2回面談\n週1回の振り返り");
        assertEquals(List.of(
                new LineDiff.Line(REMOVED, "6時間勤務"),
                new LineDiff.Line(ADDED, "7時間勤務"),
                new LineDiff.Line(SAME, "残業なし"),
                new LineDiff.Line(SAME, "月2回面談"),
                new LineDiff.Line(ADDED, "週1回の振り返り")), diff);
    }

    @Test
    public void fromNothingEverythingIsAdded() {
        assertEquals(List.of(new LineDiff.Line(ADDED, "a"), new LineDiff.Line(ADDED, "b")), LineDiff.between(null, "a\r\nb"));
        assertEquals(List.of(new LineDiff.Line(REMOVED, "a")), LineDiff.between("a", ""));
    }

    @Test
    public void equalTextsHaveOnlySameLines() {
        assertEquals(List.of(new LineDiff.Line(SAME, "<script>"), new LineDiff.Line(SAME, "")),
                LineDiff.between("<script>\n", "<script>\n"));
    }
}
