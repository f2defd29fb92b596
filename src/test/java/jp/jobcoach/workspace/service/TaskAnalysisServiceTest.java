package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.IndependenceRate;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.domain.task.Trend;
import org.junit.Test;

public class TaskAnalysisServiceTest extends ServiceTestSupport {
    private static final String MEGABYTE = "x".repeat(1 << 20);

    static TaskAnalysis analysis() {
        return new TaskAnalysis("日報入力", "17時までに日報を提出する", "事務所 16:30", "主任", 0, null,
                List.of(TaskStep.of("システムを開く"), TaskStep.of("作業内容を入力する"), TaskStep.of("上司に送信する")));
    }

    static TaskSession session(List<TaskStep> steps, Integer... scores) {
        List<StepObservation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            observations.add(new StepObservation(steps.get(i).id(), scores[i], null, null));
        }
        return new TaskSession(TODAY, null, null, 20, "メモ", observations);
    }

    private Stored<TaskAnalysis> created() {
        actAs(CaseRole.IN_COMPANY_COACH);
        return tasks.create(caseId, new TaskAnalysis("日報入力", "goal", null, null, 3, AnalysisStatus.ACTIVE, analysis().steps()));
    }

    @Test
    public void aCoachCreatesAnAnalysisAndRecordsSessionsWhoseFiguresTheSheetShows() {
        Stored<TaskAnalysis> analysis = created();
        List<TaskStep> steps = analysis.value().steps();
        actAs(CaseRole.CENTER_COACH);
        Stored<TaskSession> first = tasks.recordSession(caseId, analysis.id(), session(steps, 3, 2, 4));
        tasks.recordSession(caseId, analysis.id(), session(steps, 4, 3, null));

        TaskAnalysisService.Sheet sheet = tasks.sheet(caseId, analysis.id());

        assertEquals("CENTER_COACH", first.value().recorderKey());
        assertEquals(CaseRole.CENTER_COACH, first.value().recorderRole());
        assertEquals(new IndependenceRate(1, 2), sheet.progress().latestRate().orElseThrow());
        assertEquals(Trend.RISING, sheet.progress().trend());
        assertEquals(List.of(analysis.id()), tasks.sheets(caseId).stream().map(TaskAnalysisService.Sheet::id).toList());
        actAs(CaseRole.COUNSELOR);
        assertEquals(2, tasks.sheet(caseId, analysis.id()).progress().sessions().size());
    }

    @Test
    public void aNewAnalysisIsActiveWithItsStepsNewWhateverIdsWereSent() {
        actAs(CaseRole.CENTER_COACH);
        Stored<TaskAnalysis> created = tasks.create(caseId, analysis().withSteps(List.of(TaskStep.of("a").withId(77))));
        assertEquals(AnalysisStatus.ACTIVE, created.value().status());
        assertEquals(TaskAnalysis.DEFAULT_THRESHOLD, created.value().fadingThreshold());
        assertTrue(created.value().steps().get(0).id() != 77);
    }

    @Test
    public void rolesOutsideTheMatrixAndNonMembersSeeNothing() {
        Stored<TaskAnalysis> analysis = created();
        for (CaseRole role : List.of(CaseRole.WORKER, CaseRole.SUPERVISOR, CaseRole.HR)) {
            actAs(role);
            assertThrows(AccessDeniedException.class, () -> tasks.sheets(caseId));
            assertThrows(AccessDeniedException.class, () -> tasks.sheet(caseId, analysis.id()));
            assertThrows(AccessDeniedException.class, () -> tasks.export(caseId));
        }
        for (CaseRole role : List.of(CaseRole.COUNSELOR, CaseRole.OCCUPATIONAL_HEALTH)) {
            actAs(role);
            tasks.sheets(caseId);
            assertThrows(AccessDeniedException.class, () -> tasks.create(caseId, analysis()));
            assertThrows(AccessDeniedException.class, () -> tasks.recordSession(caseId, analysis.id(),
                    session(analysis.value().steps(), 4)));
        }
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> tasks.sheets(caseId));
        assertThrows(NotFoundException.class, () -> tasks.sheet(caseId, analysis.id()));
    }

    @Test
    public void withoutTheWorkersConsentACoachSeesNoAnalysisOnAnyPath() {
        long unconsented = caseWithoutConsents().id();
        actAs(CaseRole.CENTER_COACH);
        assertThrows(AccessDeniedException.class, () -> tasks.sheets(unconsented));
        assertThrows(AccessDeniedException.class, () -> tasks.create(unconsented, analysis()));
        assertThrows(AccessDeniedException.class, () -> tasks.export(unconsented));

        Stored<Consent> given = consentStore.create(unconsented, Consent.inProduct(ConsentCategory.TASK_ANALYSIS,
                CaseRole.CENTER_COACH, NOW, keyOf(CaseRole.WORKER), null), 0);
        Stored<TaskAnalysis> analysis = tasks.create(unconsented, analysis());
        consentStore.revoke(given.id(), 1, NOW, keyOf(CaseRole.WORKER));
        assertThrows(AccessDeniedException.class, () -> tasks.sheet(unconsented, analysis.id()));
        assertThrows(AccessDeniedException.class, () -> tasks.recordSession(unconsented, analysis.id(),
                session(analysis.value().steps(), 4)));
    }

    @Test
    public void anAnalysisOfAnotherCaseIsNotFoundThroughThisOne() {
        Stored<TaskAnalysis> analysis = created();
        long other = caseWithEveryRole().id();
        assertThrows(NotFoundException.class, () -> tasks.sheet(other, analysis.id()));
        assertThrows(NotFoundException.class, () -> tasks.recordSession(other, analysis.id(), session(analysis.value().steps(), 4)));
        assertThrows(NotFoundException.class, () -> tasks.update(other, analysis.id(), 1, analysis.value()));
    }

    @Test
    public void badInputIsRefusedAndChangesNothing() {
        Stored<TaskAnalysis> analysis = created();
        List<TaskStep> steps = analysis.value().steps();
        int audited = auditStore.forCase(caseId, 0, 100).size();

        assertRefused(() -> tasks.create(caseId, analysis().withSteps(List.of(TaskStep.of(" ")))), "steps[0].action", Check.REQUIRED);
        assertRefused(() -> tasks.create(caseId, new TaskAnalysis(MEGABYTE, null, null, null, 3, null, List.of())), "title", Check.TOO_LONG);
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), session(steps, 5)), "observations[0].level", Check.OUT_OF_RANGE);
        TaskSession unknown = new TaskSession(TODAY, null, null, null, null, List.of(new StepObservation(999_999, 4, null, null)));
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), unknown), "observations[0].stepId", TaskSession.UNKNOWN_STEP);
        TaskSession future = new TaskSession(TODAY.plusDays(1), null, null, null, null, List.of());
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), future), "date", TaskSession.IN_THE_FUTURE);
        TaskSession beforeReturn = new TaskSession(TODAY.minusDays(1), null, null, null, null, List.of());
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), beforeReturn), "date", Check.NOT_BEFORE);
        TaskSession huge = new TaskSession(TODAY, null, null, null, MEGABYTE, List.of());
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), huge), "note", Check.TOO_LONG);
        assertRefused(() -> tasks.update(caseId, analysis.id(), 1, analysis.value().withSteps(List.of(steps.get(0).reworded("")))),
                "steps[0].action", Check.REQUIRED);

        assertEquals(1, tasks.sheets(caseId).size());
        assertEquals(List.of(), tasks.sheet(caseId, analysis.id()).progress().sessions());
        assertEquals(analysis, tasks.sheet(caseId, analysis.id()).analysis());
        assertEquals(audited, auditStore.forCase(caseId, 0, 100).size());
    }

    @Test
    public void stepsAreInsertedReorderedSplitRewordedAndRetiredWithoutLosingHistory() {
        Stored<TaskAnalysis> analysis = created();
        List<TaskStep> steps = analysis.value().steps();
        Stored<TaskSession> recorded = tasks.recordSession(caseId, analysis.id(), session(steps, 4, 2, 3));

        // step 2 is split (retired, two new steps in its place), step 3 moves first and is reworded, a step is inserted
        TaskAnalysis split = analysis.value().split(steps.get(1).id(), "項目を入力する", "内容を見直す");
        List<TaskStep> revised = new java.util.ArrayList<>(split.steps());
        revised.remove(steps.get(2));
        revised.add(0, steps.get(2).reworded("上司にメールで送信する"));
        revised.add(TaskStep.of("控えを保存する"));
        Stored<TaskAnalysis> updated = tasks.update(caseId, analysis.id(), 1, analysis.value().withSteps(revised));

        TaskAnalysisService.Sheet sheet = tasks.sheet(caseId, analysis.id());
        assertEquals(updated, sheet.analysis());
        assertEquals(List.of("上司にメールで送信する", "システムを開く", "作業内容を入力する", "項目を入力する", "内容を見直す", "控えを保存する"),
                sheet.analysis().value().steps().stream().map(TaskStep::action).toList());
        assertEquals(recorded, sheet.progress().sessions().get(0));
        assertEquals(List.of(jp.jobcoach.workspace.domain.task.PromptLevel.GESTURE),
                sheet.progress().step(steps.get(1).id()).levels());
        assertTrue(sheet.progress().step(steps.get(1).id()).step().retired());
        assertEquals(new IndependenceRate(1, 3), sheet.progress().rate(0).orElseThrow());

        // a step with history cannot be left out; one without may
        TaskAnalysis dropped = updated.value().withSteps(updated.value().steps().subList(1, 5));
        assertRefused(() -> tasks.update(caseId, analysis.id(), 2, dropped), "steps", TaskAnalysis.STEP_HAS_HISTORY);
        List<TaskStep> withoutNew = updated.value().steps().subList(0, 5);
        assertEquals(5, tasks.update(caseId, analysis.id(), 2, updated.value().withSteps(withoutNew)).value().steps().size());
        // a retired step is not recorded anew
        assertRefused(() -> tasks.recordSession(caseId, analysis.id(), new TaskSession(TODAY, null, null, null, null,
                List.of(new StepObservation(steps.get(1).id(), 4, null, null)))), "observations[0].stepId", TaskSession.RETIRED_STEP);
    }

    @Test
    public void aStaleWriteOfTheStepsOrOfASessionIsAConflictWithTheCurrentRecord() {
        Stored<TaskAnalysis> analysis = created();
        List<TaskStep> steps = analysis.value().steps();
        Stored<TaskAnalysis> first = tasks.update(caseId, analysis.id(), 1, analysis.value().withSteps(
                List.of(steps.get(0).reworded("開く"), steps.get(1), steps.get(2))));

        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> tasks.update(caseId, analysis.id(), 1,
                analysis.value()));
        assertEquals(first, stale.current());

        Stored<TaskSession> recorded = tasks.recordSession(caseId, analysis.id(), session(steps, 4, 2, 3));
        actAs(CaseRole.CENTER_COACH);
        Stored<TaskSession> corrected = tasks.updateSession(caseId, analysis.id(), recorded.id(), 1, session(steps, 4, 3, 3));
        assertEquals("IN_COMPANY_COACH", corrected.value().recorderKey()); // the observation stays its observer's
        StaleVersionException staleSession = assertThrows(StaleVersionException.class, () -> tasks.updateSession(caseId,
                analysis.id(), recorded.id(), 1, session(steps, 0, 0, 0)));
        assertEquals(corrected, staleSession.current());
        assertThrows(StaleVersionException.class, () -> tasks.deleteSession(caseId, analysis.id(), recorded.id(), 1));

        tasks.deleteSession(caseId, analysis.id(), recorded.id(), 2);
        assertEquals(List.of(), tasks.sheet(caseId, analysis.id()).progress().sessions());
        assertThrows(NotFoundException.class, () -> tasks.deleteSession(caseId, analysis.id(), recorded.id(), 2));
    }

    @Test
    public void writesAndExportsAreAuditedWithFieldNamesOnly() {
        Stored<TaskAnalysis> analysis = created();
        Stored<TaskSession> recorded = tasks.recordSession(caseId, analysis.id(), session(analysis.value().steps(), 4, 2, 3));
        tasks.updateSession(caseId, analysis.id(), recorded.id(), 1, new TaskSession(TODAY, null, null, 20, "別のメモ",
                recorded.value().observations()));
        tasks.export(caseId);

        List<AuditEntry> entries = auditStore.forCase(caseId, 0, 4);
        assertEquals(List.of(AuditAction.EXPORT, AuditAction.UPDATE, AuditAction.CREATE, AuditAction.CREATE),
                entries.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("note"), entries.get(1).fields());
        assertEquals("task-session", entries.get(1).recordType());
        assertEquals("TASK_ANALYSIS", entries.get(1).category());
        assertTrue(entries.get(3).fields().contains("steps"));
        String all = entries.toString();
        assertTrue(all, !all.contains("日報入力") && !all.contains("別のメモ") && !all.contains("メモ,"));
    }

    @Test
    public void aRecordedSessionIsOnTheTimelineWithWhoWhichAnalysisAndTheRateForThoseWhoSeeTaskAnalyses() {
        Stored<TaskAnalysis> analysis = created();
        Stored<TaskSession> recorded = tasks.recordSession(caseId, analysis.id(), session(analysis.value().steps(), 4, 2, 4));
        jp.jobcoach.workspace.domain.timeline.TimelineQuery query = new jp.jobcoach.workspace.domain.timeline.TimelineQuery(
                java.util.Set.of(jp.jobcoach.workspace.domain.timeline.TimelineKind.TASK_SESSION), java.util.Set.of(), 20, null);

        actAs(CaseRole.CENTER_COACH);
        List<jp.jobcoach.workspace.domain.timeline.TimelineEntry> entries = timeline.page(caseId, query).entries();
        assertEquals(1, entries.size());
        assertEquals(recorded.id(), entries.get(0).sourceId());
        assertEquals("IN_COMPANY_COACH", entries.get(0).authorKey());
        assertEquals(CaseRole.IN_COMPANY_COACH, entries.get(0).authorRole());
        assertEquals("日報入力", entries.get(0).title());
        assertEquals("2/3", entries.get(0).excerpt());
        assertTrue(timeline.overview(caseId, query).kinds().contains(jp.jobcoach.workspace.domain.timeline.TimelineKind.TASK_SESSION));

        for (CaseRole role : List.of(CaseRole.HR, CaseRole.SUPERVISOR, CaseRole.WORKER)) {
            actAs(role);
            assertEquals(role.name(), List.of(), timeline.page(caseId, new jp.jobcoach.workspace.domain.timeline.TimelineQuery(
                    java.util.Set.of(), java.util.Set.of(), 20, null)).entries().stream()
                    .filter(entry -> entry.kind() == jp.jobcoach.workspace.domain.timeline.TimelineKind.TASK_SESSION).toList());
        }
    }

    @Test
    public void withoutConsentTheTimelineShowsNoSession() {
        long unconsented = caseWithoutConsents().id();
        Stored<Consent> given = consentStore.create(unconsented, Consent.inProduct(ConsentCategory.TASK_ANALYSIS,
                CaseRole.CENTER_COACH, NOW, keyOf(CaseRole.WORKER), null), 0);
        actAs(CaseRole.CENTER_COACH);
        Stored<TaskAnalysis> analysis = tasks.create(unconsented, analysis());
        tasks.recordSession(unconsented, analysis.id(), session(analysis.value().steps(), 4));
        jp.jobcoach.workspace.domain.timeline.TimelineQuery all = new jp.jobcoach.workspace.domain.timeline.TimelineQuery(
                java.util.Set.of(), java.util.Set.of(), 20, null);
        assertEquals(1, timeline.page(unconsented, all).entries().size());

        consentStore.revoke(given.id(), 1, NOW, keyOf(CaseRole.WORKER));
        assertEquals(List.of(), timeline.page(unconsented, all).entries());
    }
}
