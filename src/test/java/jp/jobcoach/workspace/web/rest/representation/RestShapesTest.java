package jp.jobcoach.workspace.web.rest.representation;

import static jp.jobcoach.workspace.web.rest.representation.RestExamples.AT;
import jp.jobcoach.workspace.domain.AuditCursor;
import jp.jobcoach.workspace.domain.AuditPage;
import jp.jobcoach.workspace.domain.ChainCheck;
import jp.jobcoach.workspace.service.WorkerCopy;
import jp.jobcoach.workspace.domain.Retention;
import jp.jobcoach.workspace.domain.Tombstone;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.Page;
import static jp.jobcoach.workspace.web.rest.representation.RestExamples.DAY;
import static org.junit.Assert.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanDiff;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.PlannedVisitStatus;
import jp.jobcoach.workspace.domain.VisitSchedule;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.domain.consent.ConsentMeans;
import jp.jobcoach.workspace.domain.interview.ActionStatus;
import jp.jobcoach.workspace.domain.interview.GuidedPrompts;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.port.PageAccess.PageLink;
import jp.jobcoach.workspace.port.People.Person;
import jp.jobcoach.workspace.service.AccommodationService.ReviewedList;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.PlanRevisions;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.web.CasePageDraft;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.domain.PageAudience;
import jp.jobcoach.workspace.service.CasePageRestrictions;
import org.junit.Test;

/**
 * Pins the wire format: one fully filled example of every REST body, as the resources write it, against its
 * golden text in {@code src/test/resources/rest-shapes/NAME.json} (member names, nesting, types; member order
 * is not compared). A change to a representation shows here as a diff of those files, and must come with
 * docs/rest-api.md and the scripts. After a deliberate change, {@code -Drest-shapes.write=true} rewrites the
 * files from the examples, to be reviewed like any other change.
 */
public class RestShapesTest {
    static final Path GOLDEN = Path.of("src/test/resources/rest-shapes");

    /** The workload's bodies (issue 17): a week with every member filled, its writes and the carry-over. */
    private static void workloadShapes(Map<String, Object> shapes) {
        Stored<jp.jobcoach.workspace.domain.workload.WorkWeek> week = new Stored<>(31, 7, 3, RestExamples.workWeek());
        jp.jobcoach.workspace.domain.workload.WorkloadSignal signal = jp.jobcoach.workspace.domain.workload.WorkloadSignals.of(
                RestExamples.workWeek(), List.of(), new jp.jobcoach.workspace.domain.workload.CaseCapacity(
                        List.of(RestExamples.accommodation())), DAY.plusDays(30)).stream()
                .filter(found -> !found.tasks().isEmpty()).findFirst().orElseThrow();
        jp.jobcoach.workspace.domain.workload.CaseCapacity capacity = new jp.jobcoach.workspace.domain.workload.CaseCapacity(
                List.of(RestExamples.accommodation()));
        jp.jobcoach.workspace.domain.workload.WorkWeek value = week.value();
        shapes.put("workload-week", WeekOverviewRepresentation.from(new jp.jobcoach.workspace.service.WorkloadService.WeekOverview(
                null, value.start(), DAY.plusDays(30), Optional.of(week),
                java.util.stream.IntStream.range(0, 7).mapToObj(index -> capacity.limitsOn(value.day(index))).toList(),
                30.0, List.of(signal), jp.jobcoach.workspace.domain.workload.WeekTrend.of(value.start(), List.of(value), capacity),
                true, true, false, true, true, java.util.Map.of(9L, "請求書の入力")), found -> "reason of " + found.reasonKey()));
        shapes.put("work-week", StoredRepresentation.of(week, WorkWeekRepresentation::from));
        shapes.put("workload-plan-request", new WorkloadPlanRequest(3, new WorkloadPlanRequest.Plan(value.plannedHours(), List.of(
                new WorkloadPlanRequest.TaskRequest(41L, "請求書の入力", 4, value.start().plusDays(2), "supervisor-1", 9L)), "メモ")));
        shapes.put("workload-actuals-request", new WorkloadActualsRequest(3, new WorkloadActualsRequest.Actuals(value.actualHours(), List.of(
                new WorkloadActualsRequest.OutcomeRequest(41L, "DONE")))));
        shapes.put("workload-carry-over", CarryOverRepresentation.from(new jp.jobcoach.workspace.service.WorkloadService.CarriedOver(
                week, new Stored<>(32, 7, 1, value.carryOverInto(jp.jobcoach.workspace.domain.workload.WorkWeek.empty(
                        value.start().plusWeeks(1))).into()), 1)));
    }

    /** Every shape by its file name. */
    static Map<String, Object> shapes() {
        Map<String, Object> shapes = new LinkedHashMap<>();
        Stored<SupportCase> storedCase = new Stored<>(7, 7, 3, RestExamples.supportCase());
        shapes.put("case", StoredRepresentation.of(storedCase, CaseRepresentation::from));
        shapes.put("case-page", StoredPageRepresentation.of(new Page<>(List.of(storedCase), PageCursor.afterId(7)),
                CaseRepresentation::from));
        shapes.put("case-detail", CaseDetailRepresentation.from(storedCase, Set.of(CaseRole.CENTER_COACH),
                List.of(RestExamples.phaseChange())));
        shapes.put("case-request", new CaseRequest("COUNSELOR", 3, CaseRepresentation.from(RestExamples.supportCase())));
        shapes.put("phase-move-request", new PhaseMoveRequest(3, "PLANNING"));

        shapes.put("case-pages", CasePagesRepresentation.from(List.of(
                new CasePage(CasePageKind.PLAN, new PageLink(1001, "支援計画書", "/pages/1001", "CASES"), true),
                new CasePage(CasePageKind.INTERVIEWS, null, false))));
        shapes.put("missing-pages", MissingPagesRepresentation.from(
                new MissingPages(1000, "CASES", new CaseNumber(2026, 7), null, List.of(CasePageKind.SCHEDULE)), "支援ケース 2026-0007",
                List.of(new CasePageDraft(CasePageKind.SCHEDULE, List.of("予定", "予定 (2)"), "<p>storage</p>"))));
        shapes.put("page-filing-request", new PageFilingRequest(1001L));
        shapes.put("page-restrictions", PageRestrictionsRepresentation.from(new CasePageRestrictions.Status(true,
                Set.of("worker-1", "coach-a"), PageAudience.narrowerPages())));

        Stored<VisitRecord> storedVisit = new Stored<>(12, 7, 2, RestExamples.visit());
        Stored<PlannedVisit> storedPlanned = new Stored<>(14, 7, 1, RestExamples.plannedVisit());
        List<VisitSchedule.Entry> schedule = List.of(new VisitSchedule.Entry(storedPlanned, PlannedVisitStatus.DONE, DAY.plusDays(8)));
        shapes.put("visit-overview", VisitOverviewRepresentation.from(new VisitOverview(new Page<>(List.of(storedVisit), PageCursor.after(DAY, 12)),
                List.of(new VisitTally(PlanPhase.INTENSIVE, new DateRange(DAY, DAY.plusMonths(1)), 8, 4, 3, 1, 3)),
                Optional.of(storedVisit), schedule)));
        shapes.put("planned-visit", StoredRepresentation.of(storedPlanned, PlannedVisitRepresentation::from));
        shapes.put("planned-visit-request", new PlannedVisitRequest(1, PlannedVisitRepresentation.from(RestExamples.plannedVisit())));
        shapes.put("visit-schedule", VisitScheduleRepresentation.from(schedule));
        shapes.put("visit", StoredRepresentation.of(storedVisit, VisitRepresentation::from));
        shapes.put("visit-request", new VisitRequest(2, VisitRepresentation.from(RestExamples.visit())));

        shapes.put("team", TeamRepresentation.from(new Team(List.of(TeamMember.of("worker-1", CaseRole.WORKER),
                TeamMember.centerCoach("coach-a", CenterCoachSlot.PRIMARY)))));
        shapes.put("team-addition-request", new TeamAdditionRequest(new TeamAdditionRequest.NewMember("sato",
                "user-key-2", CaseRole.CENTER_COACH, CenterCoachSlot.SECONDARY)));

        Stored<Consent> storedConsent = new Stored<>(31, 7, 2, Consent.onPaper(ConsentCategory.HEALTH,
                CaseRole.OCCUPATIONAL_HEALTH, DAY, AT, "counselor-1", DAY.plusMonths(6)).revoked(AT.plusSeconds(3600), "worker-1"));
        shapes.put("consent", StoredRepresentation.of(storedConsent, ConsentRepresentation::from));
        shapes.put("consent-ledger", ConsentLedgerRepresentation.from(DAY, new ConsentLedger(List.of(storedConsent,
                        new Stored<>(32, 7, 1, Consent.inProduct(ConsentCategory.WORKER_ACCOUNT, CaseRole.CENTER_COACH, AT,
                                "worker-1", null)))),
                List.of(new ConsentLedger.Missing(ConsentCategory.HEALTH, CaseRole.OCCUPATIONAL_HEALTH, ConsentLedger.Gap.REVOKED))));
        shapes.put("consent-request", new ConsentRequest(new ConsentRequest.NewConsent(ConsentCategory.TASK_ANALYSIS,
                CaseRole.IN_COMPANY_COACH, ConsentMeans.ON_PAPER, DAY, DAY.plusMonths(6))));

        shapes.put("people", PeopleRepresentation.from(List.of(
                new Person("wbkey-yamamoto.daisuke", "yamamoto.daisuke", "山本 大輔", "/images/icons/profilepics/default.svg"),
                new Person("8a7f808a", "yamada", "山田 太郎", null))));

        shapes.put("plan-status", PlanStatusRepresentation.from(Optional.of(RestExamples.plan())));
        shapes.put("plan-status-before-draft", PlanStatusRepresentation.from(Optional.empty()));
        shapes.put("plan", PlanRepresentation.from(RestExamples.plan()));
        SupportPlan plan = RestExamples.plan();
        shapes.put("plan-revision-page", PlanRevisionPageRepresentation.from(new PlanRevisions(
                new Page<>(List.of(plan.current()), PageCursor.afterId(2)), plan.agreements().subList(1, 2))));
        shapes.put("plan-diff", PlanDiffRepresentation.from(new PlanDiff(1, 2,
                List.of(new PlanDiff.FieldChange("direction", "before", "after")))));
        shapes.put("plan-revision-request", new PlanRevisionRequest(2, PlanContentRepresentation.from(RestExamples.planContent())));
        shapes.put("agreement-request", new AgreementRequest(2, "WORKER"));
        shapes.put("paper-agreement-request", new PaperAgreementRequest(2, "WORKER", RestExamples.DAY, "SIGNED_IN_PERSON", "佐藤 花子"));

        Stored<Accommodation> storedAccommodation = new Stored<>(21, 7, 4,
                RestExamples.accommodation());
        shapes.put("accommodation-list", AccommodationListRepresentation.from(
                new ReviewedList(List.of(storedAccommodation), Set.of(21L))));
        shapes.put("accommodation", StoredRepresentation.of(storedAccommodation, AccommodationRepresentation::from));
        shapes.put("accommodation-request", new AccommodationRequest(4,
                AccommodationRepresentation.from(RestExamples.accommodation())));
        shapes.put("step-lift-request", new StepLiftRequest(4, 0, DAY.plusMonths(1)));
        shapes.put("review-request", new ReviewRequest(4, DAY.plusMonths(1)));
        workloadShapes(shapes);

        jp.jobcoach.workspace.domain.task.TaskAnalysis taskAnalysis = new jp.jobcoach.workspace.domain.task.TaskAnalysis(
                "日報入力", "17時までに日報を提出する", "事務所 16:30", "主任", 3, jp.jobcoach.workspace.domain.task.AnalysisStatus.ACTIVE,
                List.of(new jp.jobcoach.workspace.domain.task.TaskStep(41, "システムを開く", "PC", "ログインIDはメモを見る",
                        "16:30のチャイム", "隣席の山田さん", "手順メモ", false),
                        new jp.jobcoach.workspace.domain.task.TaskStep(42, "入力する", null, null, null, null, null, true)));
        Stored<jp.jobcoach.workspace.domain.task.TaskAnalysis> storedTask = new Stored<>(51, 7, 2, taskAnalysis);
        Stored<jp.jobcoach.workspace.domain.task.TaskSession> storedSession = new Stored<>(61, 7, 1,
                new jp.jobcoach.workspace.domain.task.TaskSession(DAY, "coach-a", CaseRole.CENTER_COACH, 25, "落ち着いていた",
                        List.of(new jp.jobcoach.workspace.domain.task.StepObservation(41, 4, 0, "迷わず開けた"),
                                new jp.jobcoach.workspace.domain.task.StepObservation(42, null, null, "時間切れ"))));
        jp.jobcoach.workspace.service.TaskAnalysisService.Sheet taskSheet = new jp.jobcoach.workspace.service.TaskAnalysisService.Sheet(
                storedTask, jp.jobcoach.workspace.domain.task.TaskProgress.of(taskAnalysis, List.of(storedSession)));
        shapes.put("task-analysis", StoredRepresentation.of(storedTask, TaskAnalysisRepresentation::from));
        shapes.put("task-analysis-request", new TaskAnalysisRequest(2, TaskAnalysisRepresentation.from(taskAnalysis)));
        shapes.put("task-session", StoredRepresentation.of(storedSession, TaskSessionRepresentation::from));
        shapes.put("task-session-request", new TaskSessionRequest(1, TaskSessionRepresentation.from(storedSession.value())));
        shapes.put("task-sheet", TaskSheetRepresentation.from(taskSheet, true));
        shapes.put("task-sheet-list", TaskSheetRepresentation.Sheets.from(List.of(taskSheet)));

        Tombstone tombstone = new Tombstone(7, "nurse-1", "本人の請求", AT);
        shapes.put("tombstone", TombstoneRepresentation.from(tombstone, key -> "名前 " + key));
        shapes.put("tombstone-page", TombstoneRepresentation.Page.from(List.of(tombstone,
                new Tombstone(6, Tombstone.RETENTION, new Retention(5).reason(), AT)), key -> "名前 " + key));
        shapes.put("deletion-request", new DeletionRequest("本人の請求"));
        shapes.put("retention", RetentionRepresentation.from(new Retention(7)));
        shapes.put("chain-check", ChainCheckRepresentation.from(ChainCheck.brokenAt(3, AT, 2, 1)));
        shapes.put("audit-page", AuditPageRepresentation.from(new AuditPage(List.of(RestExamples.auditEntry()), new AuditCursor(AT, 41)), key -> "名前 " + key));

        Stored<RetentionInterview> storedInterview = new Stored<>(5, 7, 2,
                RestExamples.interview());
        shapes.put("interview", StoredRepresentation.of(storedInterview, InterviewRepresentation::from));
        shapes.put("interview-page", StoredPageRepresentation.of(new Page<>(List.of(storedInterview), null),
                InterviewRepresentation::from));
        shapes.put("interview-draft", InterviewRepresentation.from(RestExamples.unsavedInterview()));
        shapes.put("interview-request", new InterviewRequest(2, InterviewRepresentation.from(RestExamples.unsavedInterview())));
        shapes.put("action-resolution-request", new ActionResolutionRequest(2, ActionStatus.CONTINUED, "続ける",
                DAY.plusDays(21)));
        shapes.put("version-request", new VersionRequest(2));
        shapes.put("prompts", Stream.of(new GuidedPrompts.Prompt("jobcoach.prompt.heading", null),
                        new GuidedPrompts.Prompt("jobcoach.prompt.sleep", "jobcoach.prompt.sleep.detail"))
                .map(prompt -> PromptRepresentation.from(prompt, (locale, key, args) -> "text of " + key,
                        Locale.ENGLISH)).toList());

        TimelineEntry visitEntry = new TimelineEntry(TimelineKind.VISIT, 12, AT, "coach-a", CaseRole.CENTER_COACH,
                "WORK_OBSERVATION", "observed", "/pages/1001", 1001L);
        TimelineEntry comment = TimelineEntry.comment(5, AT.minusSeconds(60), "worker-1", CaseRole.WORKER, "計画",
                "コメント", "/pages/1001#comment-5", 1001, jp.jobcoach.workspace.domain.DataCategory.CASE);
        shapes.put("timeline-page", TimelinePageRepresentation.from(new TimelinePage(List.of(visitEntry, comment),
                new TimelineCursor(AT.minusSeconds(60), TimelineKind.COMMENT, 5)).removableBy("worker-1"),
                key -> "名前 " + key));

        shapes.put("worker-copy", WorkerCopyRepresentation.from(new WorkerCopy(AT, storedCase, List.of(RestExamples.phaseChange()),
                new Team(List.of(TeamMember.of("worker-1", CaseRole.WORKER))), Optional.of(RestExamples.plan()),
                List.of(storedAccommodation), List.of(storedInterview), List.of(storedVisit), List.of(RestExamples.auditEntry()),
                new ConsentLedger(List.of(storedConsent)), List.of(storedPlanned), List.of(taskSheet),
                List.of(new Stored<>(31, 7, 3, RestExamples.workWeek()))),
                key -> "名前 " + key));
        jp.jobcoach.workspace.domain.Team pair = new Team(List.of(TeamMember.centerCoach("coach-a", jp.jobcoach.workspace.domain.CenterCoachSlot.PRIMARY),
                TeamMember.centerCoach("coach-b", jp.jobcoach.workspace.domain.CenterCoachSlot.SECONDARY)));
        jp.jobcoach.workspace.domain.calendar.CalendarItem calendarVisit = jp.jobcoach.workspace.domain.calendar.CalendarItem.onDay(
                jp.jobcoach.workspace.domain.calendar.CalendarKind.VISIT, 7, DAY,
                new jp.jobcoach.workspace.domain.calendar.CalendarItem.RecordRef("visit", 12), "", List.of("coach-a"),
                List.of(jp.jobcoach.workspace.domain.calendar.VisitBy.PRIMARY, jp.jobcoach.workspace.domain.VisitKind.CONSULTATION), null);
        jp.jobcoach.workspace.domain.calendar.CalendarItem timedStep = new jp.jobcoach.workspace.domain.calendar.CalendarItem(
                "jobcoach-accommodation-step-7-3-s0@jp.jobcoach.workspace", 7,
                jp.jobcoach.workspace.domain.calendar.CalendarKind.ACCOMMODATION_STEP, DAY, DAY, java.time.LocalTime.of(10, 0),
                java.time.Duration.ofMinutes(30), List.of(), List.of(jp.jobcoach.workspace.domain.calendar.StepStatus.PLANNED),
                "短時間勤務 — 6h→7h", new jp.jobcoach.workspace.domain.calendar.CalendarItem.RecordRef("accommodation", 3));
        shapes.put("calendar", CalendarRepresentation.from(DAY, DAY.plusDays(30), List.of(calendarVisit, timedStep),
                Map.of(calendarVisit.uid(), "/pages/1005#jobcoach-visit-12"), key -> "名前 " + key));
        shapes.put("visit-rota", VisitRotaRepresentation.from(jp.jobcoach.workspace.domain.calendar.VisitRota.of(
                jp.jobcoach.workspace.domain.PlanTimeline.empty().with(PlanPhase.INTENSIVE, DAY, DAY.plusMonths(1)), List.of(
                        jp.jobcoach.workspace.domain.PlannedSupport.withDefaults(jp.jobcoach.workspace.domain.SupportType.JOB_PERFORMANCE, DAY)),
                pair, List.of(new jp.jobcoach.workspace.domain.calendar.VisitRota.Visit(DAY, List.of("coach-a"))))));
        Stored<jp.jobcoach.workspace.domain.calendar.CalendarFeed> storedFeed = new Stored<>(4, 7, 1,
                new jp.jobcoach.workspace.domain.calendar.CalendarFeed("coach-a", 7L,
                        jp.jobcoach.workspace.domain.calendar.FeedNames.INITIALS, "予定", java.util.Locale.JAPANESE, AT));
        shapes.put("calendar-feed", CalendarFeedRepresentation.from(storedFeed));
        shapes.put("issued-feed", IssuedFeedRepresentation.from(new jp.jobcoach.workspace.service.CalendarFeedService.Issued(
                storedFeed, "A".repeat(43)), "/confluence"));
        shapes.put("calendar-feed-request", new CalendarFeedRequest(7L, jp.jobcoach.workspace.domain.calendar.FeedNames.FULL_NAME, "予定"));
        shapes.put("errors", new ErrorsRepresentation(List.of(new ErrorsRepresentation.FieldMessage("steps[1].approvedBy",
                "Enter who approved the step."))));
        shapes.put("conflict", new ConflictRepresentation(StoredRepresentation.of(storedVisit, VisitRepresentation::from)));
        return shapes;
    }

    @Test
    public void everyBodyKeepsItsPinnedShape() throws IOException {
        Map<String, Object> shapes = shapes();
        if (Boolean.getBoolean("rest-shapes.write")) {
            for (Map.Entry<String, Object> shape : shapes.entrySet()) {
                Files.writeString(file(shape.getKey()), pretty(JsonParser.parseString(Json.write(shape.getValue()))) + "\n");
            }
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> shape : shapes.entrySet()) {
            JsonElement actual = JsonParser.parseString(Json.write(shape.getValue()));
            JsonElement golden = golden(shape.getKey());
            if (!golden.equals(actual)) {
                changed.add(shape.getKey() + ".json, now:\n" + pretty(actual));
            }
        }
        assertEquals("shapes that differ from their golden text", List.of(), changed);
        assertEquals("a golden file for every shape and no other", new TreeSet<>(shapes.keySet()), goldenNames());
    }

    static JsonElement golden(String name) throws IOException {
        return JsonParser.parseString(Files.readString(file(name), StandardCharsets.UTF_8));
    }

    private static Path file(String name) {
        return GOLDEN.resolve(name + ".json");
    }

    private static Set<String> goldenNames() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(path -> path.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String pretty(JsonElement json) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }
}
