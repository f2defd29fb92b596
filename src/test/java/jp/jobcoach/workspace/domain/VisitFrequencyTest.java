package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class VisitFrequencyTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @Test
    public void twiceAWeekForThirteenWeeks() {
        assertEquals(26, VisitFrequency.perWeek(2).plannedVisits(new DateRange(START, START.plusWeeks(13).minusDays(1))));
    }

    @Test
    public void twiceAMonthForFourMonths() {
        DateRange fourMonths = new DateRange(START, START.plusMonths(4).minusDays(1));
        assertEquals(8, VisitFrequency.perMonth(2).plannedVisits(fourMonths));
    }

    @Test
    public void partOfAPeriodCountsProRata() {
        DateRange halfMonth = new DateRange(START, START.plusDays(14));
        assertEquals(2, VisitFrequency.perMonth(4).plannedVisits(halfMonth));
    }

    @Test
    public void atLeastOneVisitAndAtMostOneADay() {
        assertEquals(List.of(), VisitFrequency.perWeek(7).validate());
        DomainBundles.assertHasError(asOnCase(VisitFrequency.perWeek(8)), "supports[0].frequency.count", Check.OUT_OF_RANGE);
        DomainBundles.assertHasError(asOnCase(VisitFrequency.perMonth(0)), "supports[0].frequency.count", Check.OUT_OF_RANGE);
        DomainBundles.assertHasError(asOnCase(new VisitFrequency(1, null)), "supports[0].frequency.per", Check.REQUIRED);
    }

    /** As a case form reports them, so that the labels are the ones users see. */
    private static List<FieldError> asOnCase(VisitFrequency frequency) {
        return new Check().nested("supports[0].frequency.", frequency, VisitFrequency::validate).errors();
    }
}
