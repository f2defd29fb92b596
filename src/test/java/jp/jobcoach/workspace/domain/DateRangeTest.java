package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class DateRangeTest {

    private static final DateRange APRIL = new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));

    @Test
    public void bothEndsAreIncluded() {
        assertEquals(30, APRIL.days());
        assertTrue(APRIL.contains(LocalDate.of(2025, 4, 1)));
        assertTrue(APRIL.contains(LocalDate.of(2025, 4, 30)));
        assertFalse(APRIL.contains(LocalDate.of(2025, 5, 1)));
    }

    @Test
    public void overlapIsTheSharedDays() {
        DateRange aprilToMay = new DateRange(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 5, 10));
        assertEquals(Optional.of(new DateRange(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 30))),
                APRIL.overlap(aprilToMay));
        assertEquals(Optional.empty(), APRIL.overlap(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2))));
    }

    @Test
    public void endMustBeAfterStart() {
        assertEquals(List.of(), APRIL.validate());
        LocalDate day = LocalDate.of(2025, 4, 1);
        DateRange oneDay = new DateRange(day, day);
        assertHasError(new Check().nested("phases[INTENSIVE].", oneDay, DateRange::validate).errors(),
                "phases[INTENSIVE].end", Check.MUST_BE_AFTER);
    }
}
