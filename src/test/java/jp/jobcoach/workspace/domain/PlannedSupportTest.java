package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class PlannedSupportTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @Test
    public void defaultsCoverTheTypesUsualPeriod() {
        PlannedSupport joint = PlannedSupport.withDefaults(SupportType.JOINT, START);
        assertEquals(new DateRange(START, LocalDate.of(2025, 9, 30)), joint.period());
        assertEquals(VisitFrequency.perMonth(2), joint.frequency());
        assertEquals(List.of(), joint.validate());
    }

    @Test
    public void countsOnlyTheDaysItRuns() {
        PlannedSupport jobPerformance = PlannedSupport.withDefaults(SupportType.JOB_PERFORMANCE, START);
        DateRange beforeIt = new DateRange(START.minusMonths(1), START.minusDays(1));
        DateRange itsFirstTwoWeeks = new DateRange(START.minusMonths(1), START.plusDays(13));
        assertEquals(0, jobPerformance.plannedVisitsWithin(beforeIt));
        assertEquals(4, jobPerformance.plannedVisitsWithin(itsFirstTwoWeeks));
    }

    @Test
    public void errorsNameTheNestedField() {
        PlannedSupport broken = new PlannedSupport(null, new DateRange(START, START), VisitFrequency.perWeek(9));
        List<FieldError> errors = new Check().nested("supports[0].", broken, PlannedSupport::validate).errors();
        assertHasError(errors, "supports[0].type", Check.REQUIRED);
        assertHasError(errors, "supports[0].period.end", Check.MUST_BE_AFTER);
        assertHasError(errors, "supports[0].frequency.count", Check.OUT_OF_RANGE);
    }
}
