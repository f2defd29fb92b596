package jp.jobcoach.workbench.bench;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.WorkbenchConfig;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.CalendarFeedService;
import jp.jobcoach.workspace.store.AccommodationStore;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.InterviewStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.store.TeamStore;
import jp.jobcoach.workspace.store.VisitStore;

/**
 * How long a person's calendar feed takes over HTTP, for docs/performance.md: the workbench in-process on in-memory
 * H2 with the demo data and CASES more cases for the demo's lead coach, each with a year of records (a visit a week,
 * an interview every two weeks, a plan of two phases, an accommodation with two steps and two reviews); the coach's
 * feed of all their cases fetched by its token, without a session, as a calendar program fetches it. Not a test:
 * {@code mvn -q -DskipTests test-compile exec:java@feed-bench} (options {@code -Dfeedbench.args="CASES RUNS"}).
 */
public final class FeedBenchmark {
    private static final String COACH = "tanaka.naoki";
    private static final int WARM_UP = 20;

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 49;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        WorkbenchUser coach = DemoUsers.byName(COACH).orElseThrow();
        try (Workbench workbench = Workbench.start(WorkbenchConfig.inMemory("feed-bench"))) {
            for (int i = 0; i < cases; i++) {
                seed(workbench, coach.getKey().getStringValue(), i);
            }
            AuthenticatedUserThreadLocal.set(coach);
            String token;
            try {
                token = workbench.component(CalendarFeedService.class).create(null, FeedNames.INITIALS, "").token();
            } finally {
                AuthenticatedUserThreadLocal.reset();
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(workbench.baseUrl()
                    + "/plugins/servlet/jobcoach/calendar/" + token + ".ics")).GET().build();
            String body = "";
            for (int i = 0; i < WARM_UP; i++) {
                body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            }
            List<Long> samples = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                samples.add(System.nanoTime() - start);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("feed answered " + response.statusCode());
                }
            }
            List<Long> sorted = samples.stream().sorted().toList();
            long events = body.lines().filter("BEGIN:VEVENT"::equals).count();
            System.out.printf("%nFeed of %s over %d cases (%d events, %,d bytes), %d runs after %d warm-up (%s %s, %d cores)%n"
                            + "| median ms | p95 ms | max ms |%n|---|---|---|%n| %.1f | %.1f | %.1f |%n",
                    COACH, cases + 1, events, body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, runs, WARM_UP,
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), millis(sorted, 0.5), millis(sorted, 0.95),
                    sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    /** A case of the coach, returned half a year ago, with a year of records around today. */
    private static void seed(Workbench workbench, String coachKey, int n) {
        LocalDate returned = LocalDate.now().minusMonths(6);
        SupportCase value = new SupportCase(WorkerRef.named("山田 太郎" + n), "総務部", returned.minusMonths(6), returned,
                List.of(PlannedSupport.withDefaults(SupportType.JOINT, returned)), CasePhase.SUPPORT, null);
        long caseId = workbench.component(CaseStore.class).create(value, returned.getYear()).id();
        TeamStore team = workbench.component(TeamStore.class);
        team.add(caseId, TeamMember.centerCoach(coachKey, CenterCoachSlot.PRIMARY));
        team.add(caseId, TeamMember.of("wbkey-watanabe.makoto", CaseRole.IN_COMPANY_COACH));
        VisitStore visits = workbench.component(VisitStore.class);
        InterviewStore interviews = workbench.component(InterviewStore.class);
        for (int week = 0; week < 52; week++) {
            LocalDate day = returned.plusWeeks(week);
            visits.create(caseId, new VisitRecord(day, List.of(coachKey), VisitKind.CONSULTATION, "観察", "助言", "助言", "次回"));
            if (week % 2 == 0) {
                interviews.create(caseId, RetentionInterview.draft(day, List.of()).withNextDate(day.plusWeeks(2)),
                        "wbkey-watanabe.makoto", java.time.Instant.now());
            }
        }
        workbench.component(PlanStore.class).addRevision(caseId, 0, new PlanRevision(1, new SupportPlanContent("現状", "方向",
                "目標", "目標", "目標", "課題", "課題", java.util.Map.of(), "", PlanTimeline.empty()
                .with(PlanPhase.INTENSIVE, returned, returned.plusMonths(3))
                .with(PlanPhase.TRANSITION, returned.plusMonths(3).plusDays(1), returned.plusMonths(9))), coachKey,
                java.time.Instant.now()));
        workbench.component(AccommodationStore.class).create(caseId, new Accommodation("短時間勤務", "", List.of(
                AccommodationStep.planned("6h→7h", returned.plusMonths(2)), AccommodationStep.planned("7h→8h", returned.plusMonths(4))),
                List.of(returned.plusMonths(2), returned.plusMonths(4)), List.of(), ""));
    }

    private static double millis(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(quantile * sorted.size()))) / 1_000_000.0;
    }
}
