package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class VisitRecordTest {

    private static VisitRecord visit(List<String> coaches, String observations) {
        return new VisitRecord(LocalDate.of(2025, 4, 8), coaches, VisitKind.WORK_OBSERVATION, observations,
                "休憩を1時間ごとに取る", "指示はメモで渡す", "次回は合同面談");
    }

    @Test
    public void oneCoachOrThePairVisits() {
        assertEquals(List.of(), visit(List.of("coach-1"), "午後に集中が切れる").validate());
        assertEquals(List.of(), visit(List.of("coach-1", "coach-2"), null).validate());
        assertHasError(visit(List.of(), null).validate(), "coachKeys", VisitRecord.COACH_COUNT);
        assertHasError(visit(List.of("a", "b", "c"), null).validate(), "coachKeys", VisitRecord.COACH_COUNT);
        assertHasError(visit(List.of("coach-1", "coach-1"), null).validate(), "coachKeys", VisitRecord.SAME_COACH_TWICE);
        assertHasError(visit(List.of(" "), null).validate(), "coachKeys", Check.REQUIRED);
    }

    @Test
    public void dateAndKindAreRequired() {
        List<FieldError> errors = new VisitRecord(null, List.of("coach-1"), null, null, null, null, null).validate();
        assertHasError(errors, "date", Check.REQUIRED);
        assertHasError(errors, "kind", Check.REQUIRED);
    }

    @Test
    public void hostileObservationsAreKeptAsTyped() {
        for (String text : CheckTest.HOSTILE) {
            VisitRecord record = visit(List.of("coach-1"), text);
            assertEquals(List.of(), record.validate());
            assertEquals(text, record.observations());
        }
        assertHasError(visit(List.of("coach-1"), "x".repeat(Check.LONG_TEXT_MAX + 1)).validate(),
                "observations", Check.TOO_LONG);
    }
}
