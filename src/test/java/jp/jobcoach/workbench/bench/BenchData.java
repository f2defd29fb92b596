package jp.jobcoach.workbench.bench;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.COUNSELOR;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.OCCUPATIONAL_HEALTH;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.event.api.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import jp.jobcoach.workbench.Workbench;
import jp.jobcoach.workbench.demo.DemoInterviews;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.service.TeamService;
import jp.jobcoach.workspace.service.VisitService;

/**
 * The read benchmark's data, made through the plugin's services while signed in as the person who would make each
 * record (as the demo is, {@code DemoCaseRecords}), so every record costs what it costs in the UI, audit included:
 * <ul>
 *   <li>the <b>history case</b>: one case in support whose page holds every macro, grown to a number of timeline
 *   records in the mix of {@link #MIX} (per ten: four visits, two interviews, three comments on the case page, one plan
 *   revision);</li>
 *   <li>the <b>coach's cases</b>: the lead coach ({@link #COACH}) is on the history case and on as many other cases
 *   as asked, each with a modest history (its team, a plan, one visit), each on its own restricted page.</li>
 * </ul>
 * Both only grow, so a run seeds the smallest size, measures, grows to the next and measures again.
 */
final class BenchData {
    static final String SPACE_KEY = "BENCH";
    /** The viewer of every path but the audit log: the lead center coach, on every case. */
    static final String COACH = "tanaka.naoki";
    /** The viewer of the audit log: occupational health, the role that may read it. */
    static final String NURSE = "nakamura.megumi";
    /** The macros on the history case's page, rendered one by one by the benchmark. */
    static final List<String> MACROS = List.of("jobcoach-case", "jobcoach-plan", "jobcoach-visits", "jobcoach-interviews",
            "jobcoach-timeline", "jobcoach-audit");
    /** Of every ten timeline records: which kind, in the order they are made. */
    static final List<RecordKind> MIX = List.of(RecordKind.VISIT, RecordKind.COMMENT, RecordKind.VISIT, RecordKind.INTERVIEW, RecordKind.COMMENT,
            RecordKind.VISIT, RecordKind.PLAN_REVISION, RecordKind.VISIT, RecordKind.INTERVIEW, RecordKind.COMMENT);
    private static final String COUNSELOR_NAME = "kato.rie";
    private static final String SECOND_COACH = "ito.yumi";
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static final String WORKER_NAME = "sato.hanako";
    private static final Set<String> TEAM = Set.of(WORKER_NAME, COACH, SECOND_COACH, COMPANY_COACH, NURSE, COUNSELOR_NAME);
    /** Long enough ago that 4,000 daily visits and 2,000 interviews two days apart all lie between it and today. */
    private static final LocalDate RETURNED = LocalDate.now().minusYears(12);

    enum RecordKind { VISIT, INTERVIEW, COMMENT, PLAN_REVISION }

    private final Workbench workbench;
    private final PageStore pages;
    private final long casesParent;
    private final long historyPage;
    private final long historyCase;
    private int records;
    private int visits;
    private int interviews;
    private int comments;
    private int planRevision;
    private int coachCases = 1;

    /** The space, the history case with its team and an agreed plan, in support; no timeline records yet. */
    BenchData(Workbench workbench) {
        this.workbench = workbench;
        this.pages = workbench.host().pages();
        pages.createSpace(SPACE_KEY, "Read benchmark");
        long home = pages.createPage(SPACE_KEY, null, "Read benchmark", "<p>Seeded by ReadBenchmark.</p>", "admin");
        this.casesParent = pages.createPage(SPACE_KEY, home, "Cases", "<p>One page per case.</p>", "admin");
        this.historyPage = casePage("History case", MACROS.stream()
                .map(name -> "<ac:structured-macro ac:name=\"" + name + "\"/>").reduce("", String::concat));
        this.historyCase = as(COUNSELOR_NAME, () -> openCase(WorkerRef.user(key(WORKER_NAME)), historyPage));
        as(COUNSELOR_NAME, () -> {
            TeamService team = workbench.component(TeamService.class);
            team.add(historyCase, TeamMember.of(key(WORKER_NAME), WORKER));
            team.add(historyCase, TeamMember.centerCoach(key(COACH), CenterCoachSlot.PRIMARY));
            team.add(historyCase, TeamMember.centerCoach(key(SECOND_COACH), CenterCoachSlot.SECONDARY));
            team.add(historyCase, TeamMember.of(key(COMPANY_COACH), IN_COMPANY_COACH));
            return team.add(historyCase, TeamMember.of(key(NURSE), OCCUPATIONAL_HEALTH));
        });
        revisePlan(historyCase);
        as(WORKER_NAME, () -> workbench.component(PlanService.class).agree(historyCase, 1, WORKER));
        as(COMPANY_COACH, () -> workbench.component(PlanService.class).agree(historyCase, 1, IN_COMPANY_COACH));
        as(COACH, () -> workbench.component(PlanService.class).agree(historyCase, 1, CENTER_COACH));
        CaseService cases = workbench.component(CaseService.class);
        for (CasePhase next : List.of(CasePhase.PLANNING, CasePhase.SUPPORT)) {
            as(COUNSELOR_NAME, () -> cases.movePhase(historyCase, cases.get(historyCase).stored().version(), next));
        }
    }

    long historyCase() {
        return historyCase;
    }

    long historyPage() {
        return historyPage;
    }

    /** Adds timeline records to the history case, in the mix, until it has {@code target}. */
    void growHistoryTo(int target) {
        VisitService visitService = workbench.component(VisitService.class);
        DemoInterviews interviewMaker = new DemoInterviews(workbench.component(InterviewService.class), BenchData::key);
        Page page = pages.getPage(historyPage);
        EventPublisher events = workbench.component(EventPublisher.class);
        for (; records < target; records++) {
            switch (MIX.get(records % MIX.size())) {
                case VISIT -> as(visits % 2 == 0 ? COACH : SECOND_COACH, () -> visitService.create(historyCase, visit(visits++)));
                case INTERVIEW -> as(COMPANY_COACH, () -> {
                    LocalDate day = RETURNED.plusDays(2L * interviews++ + 1);
                    interviewMaker.record(historyCase, WORKER_NAME, List.of(day), 14);
                    return null;
                });
                case COMMENT -> {
                    WorkbenchUser author = user(comments % 2 == 0 ? COACH : SECOND_COACH);
                    Instant at = RETURNED.atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofHours(9L * comments++));
                    events.publish(new CommentCreateEvent(this, pages.addComment(page, author,
                            "前回の訪問記録を拝見しました。小休止の記録が続いていて良いと思います。次回は業務量の確認から始めましょう。", at)));
                }
                case PLAN_REVISION -> revisePlan(historyCase);
            }
        }
    }

    /** Opens cases with the coach on them, each on its own page, until the coach is on {@code target} cases. */
    void growCoachCasesTo(int target) {
        TeamService team = workbench.component(TeamService.class);
        VisitService visitService = workbench.component(VisitService.class);
        for (; coachCases < target; coachCases++) {
            int number = coachCases;
            long page = casePage("Case " + number, "<ac:structured-macro ac:name=\"jobcoach-case\"/>");
            long caseId = as(COUNSELOR_NAME, () -> openCase(WorkerRef.named("Worker " + number), page));
            as(COUNSELOR_NAME, () -> team.add(caseId, TeamMember.centerCoach(key(COACH), CenterCoachSlot.PRIMARY)));
            as(COUNSELOR_NAME, () -> team.add(caseId, TeamMember.of(key(COMPANY_COACH), IN_COMPANY_COACH)));
            planRevisionOf(caseId, 0);
            as(COACH, () -> visitService.create(caseId, visit(number)));
        }
    }

    private long casePage(String title, String body) {
        long page = pages.createPage(SPACE_KEY, casesParent, title, body, COACH);
        workbench.host().permissions().restrict(page, Kind.VIEW, TEAM);
        return page;
    }

    private long openCase(WorkerRef worker, long page) {
        SupportCase requested = SupportCase.intake(worker, "物流管理部", RETURNED.minusMonths(5), RETURNED)
                .withSupports(List.of(PlannedSupport.withDefaults(SupportType.CONSULTATION, RETURNED),
                        PlannedSupport.withDefaults(SupportType.JOINT, RETURNED)))
                .withRootPage(page);
        return workbench.component(CaseService.class).create(requested, COUNSELOR).id();
    }

    private void revisePlan(long caseId) {
        planRevision = planRevisionOf(caseId, planRevision);
    }

    /** The counselor revises the plan over {@code basedOn}; answers the new revision's number. */
    private int planRevisionOf(long caseId, int basedOn) {
        return as(COUNSELOR_NAME, () -> workbench.component(PlanService.class).revise(caseId, basedOn, plan(basedOn + 1)))
                .current().number();
    }

    private static SupportPlanContent plan(int revision) {
        PlanTimeline timeline = PlanTimeline.empty()
                .with(PlanPhase.INTENSIVE, RETURNED, RETURNED.plusWeeks(6).minusDays(1))
                .with(PlanPhase.TRANSITION, RETURNED.plusWeeks(6), RETURNED.plusWeeks(12).minusDays(1))
                .with(PlanPhase.FOLLOW_UP, RETURNED.plusWeeks(12), RETURNED.plusYears(12));
        return new SupportPlanContent("改訂 " + revision + "：うつ病による休職（5か月）から復職。午前中の集中力低下がある。",
                "無理のない業務量から始め、体調の波を本人と職場が同じ言葉で共有できるようにする。",
                "疲れのサインに早めに気づき、一人で抱え込まずに相談できる。",
                "業務量を段階的に戻し、本人の状態に合わせた指示と声かけができる。",
                "本人と職場の双方に助言し、社内の支えへ引き継ぐ。",
                "疲労の自覚が遅れがち。頼まれた仕事を断りにくい。",
                "忙しい時期に業務が偏りやすい。相談の窓口が決まっていない。",
                Map.of(SupportType.CONSULTATION, "本人とは体調・疲労のセルフチェックを一緒に振り返る。",
                        SupportType.JOINT, "企業内ジョブコーチと定着面談を月2回行う。"),
                "産業医、人事部", timeline);
    }

    private static VisitRecord visit(int index) {
        String coach = index % 2 == 0 ? COACH : SECOND_COACH;
        return new VisitRecord(RETURNED.plusDays(index + 1L), List.of(key(coach)),
                index % 3 == 0 ? VisitKind.JOINT_INTERVIEW : VisitKind.CONSULTATION,
                "午前は集中できている。午後に疲れが出やすく、休憩を取りそびれる日がある。",
                "昼休みの後に5分の小休止を入れ、疲労を4段階で記録する。",
                "週の初めに業務量を一緒に確認し、追加の依頼は上司を通す。",
                "次回は記録の変化を確認する。");
    }

    /** Runs {@code work} signed in as {@code username}, as a request from that person would. */
    static <T> T as(String username, Supplier<T> work) {
        AuthenticatedUserThreadLocal.set(user(username));
        try {
            return work.get();
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
    }

    static WorkbenchUser user(String username) {
        return DemoUsers.byName(username).orElseThrow(() -> new IllegalStateException("no demo user " + username));
    }

    private static String key(String username) {
        return user(username).getUserKey().getStringValue();
    }

    /** For the report: what the history case holds once grown to {@code records}. */
    static String mixOf(int records) {
        long[] counts = new long[RecordKind.values().length];
        IntStream.range(0, records).forEach(i -> counts[MIX.get(i % MIX.size()).ordinal()]++);
        return String.format("%,d visits, %,d interviews, %,d comments, %,d plan revisions", counts[0], counts[1], counts[2], counts[3]);
    }
}
