package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class SupportCaseTest {

    private static final LocalDate LEAVE = LocalDate.of(2024, 10, 1);
    private static final LocalDate RETURN = LocalDate.of(2025, 4, 1);

    private static SupportCase newCase() {
        return SupportCase.intake(WorkerRef.user("worker-1"), "経理部", LEAVE, RETURN);
    }

    @Test
    public void aNewCaseStartsAtIntake() {
        SupportCase supportCase = newCase();
        assertEquals(CasePhase.INTAKE, supportCase.phase());
        assertEquals(List.of(), supportCase.validate());
    }

    @Test
    public void supportAtHiringHasNoLeave() {
        assertEquals(List.of(), SupportCase.intake(WorkerRef.named("新入社員"), null, null, null).validate());
    }

    @Test
    public void returnBeforeLeaveIsRefused() {
        SupportCase backwards = SupportCase.intake(WorkerRef.user("worker-1"), null, RETURN, LEAVE);
        assertHasError(backwards.validate(), "returnDate", Check.NOT_BEFORE);
    }

    @Test
    public void theWorkerIsRequired() {
        SupportCase nobody = SupportCase.intake(new WorkerRef(null, " "), null, LEAVE, RETURN);
        assertHasError(nobody.validate(), "worker", Check.REQUIRED);
    }

    @Test
    public void supportTypesCombineButEachOnlyOnce() {
        SupportCase combined = newCase().withSupports(List.of(
                PlannedSupport.withDefaults(SupportType.JOB_PERFORMANCE, RETURN),
                PlannedSupport.withDefaults(SupportType.JOINT, RETURN)));
        assertEquals(List.of(), combined.validate());
        SupportCase twice = newCase().withSupports(List.of(
                PlannedSupport.withDefaults(SupportType.JOINT, RETURN),
                PlannedSupport.withDefaults(SupportType.JOINT, RETURN.plusMonths(6))));
        assertHasError(twice.validate(), "supports[1].type", SupportCase.DUPLICATE_SUPPORT_TYPE);
    }

    @Test
    public void supportErrorsNameTheRow() {
        PlannedSupport backwards = new PlannedSupport(SupportType.JOINT, new DateRange(RETURN, LEAVE),
                VisitFrequency.perMonth(2));
        assertHasError(newCase().withSupports(List.of(backwards)).validate(),
                "supports[0].period.end", Check.MUST_BE_AFTER);
    }

    @Test
    public void hostileTextIsKeptAsTyped() {
        for (String text : CheckTest.HOSTILE.subList(0, 6)) {
            SupportCase supportCase = SupportCase.intake(WorkerRef.named(text), text, LEAVE, RETURN);
            assertEquals(List.of(), supportCase.validate());
            assertEquals(text, supportCase.department());
            assertEquals(text, supportCase.worker().displayName());
        }
    }

    @Test
    public void movesPhaseAndKeepsItsPage() {
        PhaseChange change = PhaseChange.move(CasePhase.INTAKE, CasePhase.PLANNING, false, "counselor-1", Instant.EPOCH);
        SupportCase moved = newCase().withRootPage(4242L).after(change);
        assertEquals(CasePhase.PLANNING, moved.phase());
        assertEquals(Long.valueOf(4242L), moved.rootPageId());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aChangeFromAnotherPhaseDoesNotApply() {
        newCase().after(PhaseChange.move(CasePhase.PLANNING, CasePhase.SUPPORT, true, "coach-1", Instant.EPOCH));
    }
}
