package jp.jobcoach.workbench.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.Test;

public class SamplesTest {
    @Test
    public void theMedianIsTheMiddleRunOrTheUpperOfTheMiddleTwo() {
        assertEquals(3, Samples.median(List.of(5L, 1L, 3L)));
        assertEquals(3, Samples.median(List.of(4L, 1L, 3L, 2L)));
        assertEquals(7, Samples.median(List.of(7L)));
    }

    @Test
    public void p95IsTheNearestRankSoOneSlowRunInTwentyIsNotIt() {
        List<Long> twenty = new ArrayList<>(LongStream.rangeClosed(1, 19).boxed().toList());
        twenty.add(1_000L);
        Collections.shuffle(twenty);
        assertEquals(19, Samples.p95(twenty));
        List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();
        assertEquals(95, Samples.p95(hundred));
        // with fewer than 20 runs the slowest one is the p95
        assertEquals(9, Samples.p95(List.of(1L, 2L, 9L)));
    }

    @Test
    public void aQuantileNeedsRunsAndASensibleQ() {
        assertThrows(IllegalArgumentException.class, () -> Samples.median(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Samples.quantile(List.of(1L), 0));
        assertThrows(IllegalArgumentException.class, () -> Samples.quantile(List.of(1L), 1.5));
        assertEquals(4, Samples.quantile(List.of(1L, 4L), 1));
    }

    @Test
    public void theRatioIsPathOverFloorAndAZeroFloorDoesNotDivideByZero() {
        assertEquals(2.5, Samples.ratio(5_000, 2_000), 1e-9);
        assertEquals(0.5, Samples.ratio(1_000, 2_000), 1e-9);
        assertEquals(300.0, Samples.ratio(300, 0), 1e-9);
    }
}
