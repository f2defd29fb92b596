package jp.jobcoach.workbench.demo;

import static jp.jobcoach.workspace.domain.CaseRole.CENTER_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.COUNSELOR;
import static jp.jobcoach.workspace.domain.CaseRole.HR;
import static jp.jobcoach.workspace.domain.CaseRole.IN_COMPANY_COACH;
import static jp.jobcoach.workspace.domain.CaseRole.OCCUPATIONAL_HEALTH;
import static jp.jobcoach.workspace.domain.CaseRole.SUPERVISOR;
import static jp.jobcoach.workspace.domain.CaseRole.WORKER;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.plugin.PluginContainer;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.VisitKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.WorkerRef;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.service.CasePageService;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.service.TeamService;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.service.ConsentService;
import jp.jobcoach.workspace.web.CasePageDraft;

/**
 * The demo's case records, made through the plugin's own services while "signed in" as the person who would
 * make each one, so that they pass the same validation, authorization and audit as records made in the UI.
 * Dates are relative to today, so the demo always shows cases in progress.
 */
final class DemoCaseRecords {
    static final String PLUGIN_KEY = "jp.jobcoach.workspace";
    private static final String COUNSELOR_NAME = "kato.rie";
    private static final String LEAD_COACH = "tanaka.naoki";
    private static final String SECOND_COACH = "ito.yumi";
    private static final String COMPANY_COACH = "watanabe.makoto";
    private static final String BOSS = "yamamoto.daisuke";
    private static final String NURSE = "nakamura.megumi";
    private static final String HR_NAME = "kobayashi.sho";

    /** One returned worker's situation: how long ago they came back and how far support has come. */
    record Story(String worker, String department, int weeksSinceReturn, int leaveMonths, CasePhase phase,
                 List<SupportType> supports, PageTitles titles, String situation) {
    }

    static final List<Story> STORIES = List.of(
            new Story("sato.hanako", "物流管理部 配送計画課", 13, 5, CasePhase.SUPPORT,
                    List.of(SupportType.CONSULTATION, SupportType.JOINT), PageTitles.WORKER_NAME,
                    "うつ病による休職（5か月）から復職。午前中の集中力低下と、頼まれた仕事を断れず抱え込む傾向がある。"),
            new Story("suzuki.kenta", "倉庫運営部 入出荷チーム", 6, 4, CasePhase.SUPPORT,
                    List.of(SupportType.JOB_PERFORMANCE), PageTitles.WORKER_NAME,
                    "適応障害による休職（4か月）から復職。ピッキング作業の手順が多く、確認漏れが不安の種になっている。"),
            new Story("takahashi.misaki", "経理部", 0, 6, CasePhase.PLANNING,
                    List.of(SupportType.CONSULTATION), PageTitles.CASE_NUMBER,
                    "双極性障害による休職（6か月）。リワーク支援を修了し、来週の復職に向けて支援計画を調整中。"));

    private final PluginContainer plugin;
    private final LocalDate today = LocalDate.now();

    DemoCaseRecords(PluginContainer plugin) {
        this.plugin = plugin;
    }

    /** Answers the case's id. */
    long seed(Story story, long casePageId) {
        LocalDate returned = today.minusWeeks(story.weeksSinceReturn());
        long caseId = as(COUNSELOR_NAME, () -> openCase(story, returned, casePageId));
        as(COUNSELOR_NAME, () -> addTeam(caseId, story.worker()));
        if (story.phase() == CasePhase.SUPPORT) {
            consents(caseId, story.worker(), returned);
        }
        as(COUNSELOR_NAME, () -> plugin.get(PlanService.class).revise(caseId, 0, plan(story, returned)));
        agreePlan(caseId, story);
        moveTo(caseId, story.phase());
        if (story.phase() == CasePhase.SUPPORT) {
            as(NURSE, () -> accommodations(caseId, returned));
            as(LEAD_COACH, () -> visits(caseId, returned, story.supports()));
            as(COMPANY_COACH, () -> interviews(caseId, story, returned));
            if (story.weeksSinceReturn() >= 12) {
                as(COMPANY_COACH, () -> {
                    new DemoTaskAnalyses(plugin.get(jp.jobcoach.workspace.service.TaskAnalysisService.class)).record(caseId, returned);
                    return null;
                });
            }
            if (story.weeksSinceReturn() >= DemoWorkload.WEEKS) {
                new DemoWorkload(plugin, today).seed(caseId, story.worker(), BOSS);
            }
        }
        return caseId;
    }

    /**
     * What the case's page titles call it, in Japanese as the demo company works: the worker's name for the cases
     * opened so, else the case's number ("支援ケース 2026-0003").
     */
    String caseName(long caseId) {
        return as(COUNSELOR_NAME, () -> {
            MissingPages missing = plugin.get(CasePageService.class).missing(caseId);
            return CasePageDraft.caseName(missing.number(), missing.workerName(), plugin.get(Messages.class), Locale.JAPANESE);
        });
    }

    /**
     * The case's own pages (plan, interviews, ...), made as the case panel's button makes them: from the plugin's
     * drafts, each filed with the case. In Japanese, as the demo company works, although the counselor reads the
     * workbench in English. Answers the interviews page's id.
     */
    long casePages(long caseId, PageStore pages) {
        return as(COUNSELOR_NAME, () -> {
            CasePageService casePages = plugin.get(CasePageService.class);
            MissingPages missing = casePages.missing(caseId);
            Map<CasePageKind, Long> made = new EnumMap<>(CasePageKind.class);
            for (CasePageDraft draft : CasePageDraft.of(missing, plugin.get(Messages.class), Locale.JAPANESE)) {
                long pageId = pages.createPage(missing.spaceKey(), missing.parentPageId(), draft.title(), draft.body(), COUNSELOR_NAME);
                casePages.file(caseId, draft.kind(), pageId);
                made.put(draft.kind(), pageId);
            }
            return made.get(CasePageKind.INTERVIEWS);
        });
    }

    /**
     * Interviews every two to three weeks since the return. Sato's latest planned the next one for three days
     * ago and none was held, so her case panel shows the overdue flag; Suzuki's next one is next week.
     */
    private Void interviews(long caseId, Story story, LocalDate returned) {
        List<Integer> daysAfterReturn = story.weeksSinceReturn() >= 12 ? List.of(7, 21, 38, 56, 74) : List.of(7, 21, 35);
        int sinceLatest = (int) java.time.temporal.ChronoUnit.DAYS.between(
                returned.plusDays(daysAfterReturn.get(daysAfterReturn.size() - 1)), today);
        int nextAfter = story.weeksSinceReturn() >= 12 ? sinceLatest - 3 : sinceLatest + 7;
        new DemoInterviews(plugin.get(InterviewService.class), DemoCaseRecords::key).record(caseId, story.worker(),
                daysAfterReturn.stream().map(returned::plusDays).toList(), nextAfter);
        return null;
    }

    private long openCase(Story story, LocalDate returned, long casePageId) {
        SupportCase requested = SupportCase.intake(WorkerRef.user(key(story.worker())), story.department(),
                        returned.minusMonths(story.leaveMonths()), returned)
                .withSupports(story.supports().stream().map(type -> PlannedSupport.withDefaults(type, returned)).toList())
                .withRootPage(casePageId);
        SupportCase chosen = new SupportCase(requested.worker(), requested.department(), requested.leaveStart(),
                requested.returnDate(), requested.supports(), requested.phase(), requested.rootPageId(), null, story.titles());
        return plugin.get(CaseService.class).create(chosen, COUNSELOR).id();
    }

    private Void addTeam(long caseId, String worker) {
        TeamService team = plugin.get(TeamService.class);
        team.add(caseId, TeamMember.of(key(worker), WORKER));
        team.add(caseId, TeamMember.centerCoach(key(LEAD_COACH), CenterCoachSlot.PRIMARY));
        team.add(caseId, TeamMember.centerCoach(key(SECOND_COACH), CenterCoachSlot.SECONDARY));
        team.add(caseId, TeamMember.of(key(COMPANY_COACH), IN_COMPANY_COACH));
        team.add(caseId, TeamMember.of(key(BOSS), SUPERVISOR));
        team.add(caseId, TeamMember.of(key(NURSE), OCCUPATIONAL_HEALTH));
        team.add(caseId, TeamMember.of(key(HR_NAME), HR));
        return null;
    }

    /**
     * The consents of a case in support (docs/decisions.md, consent ledger): on paper at intake, recorded by the
     * counselor, for the condition log and the task analyses, and given by the worker in the product for their
     * account in interviews. The case still in planning has none yet, so its panel lists them as missing.
     */
    private void consents(long caseId, String worker, LocalDate returned) {
        ConsentService consents = plugin.get(ConsentService.class);
        for (ConsentCategory category : List.of(ConsentCategory.HEALTH, ConsentCategory.TASK_ANALYSIS)) {
            category.roles().forEach(role -> as(COUNSELOR_NAME,
                    () -> consents.recordPaper(caseId, category, role, returned.minusWeeks(2), null)));
        }
        ConsentCategory.WORKER_ACCOUNT.roles().forEach(role -> as(worker,
                () -> consents.give(caseId, ConsentCategory.WORKER_ACCOUNT, role, null)));
    }

    private SupportPlanContent plan(Story story, LocalDate returned) {
        PlanTimeline timeline = PlanTimeline.empty()
                .with(PlanPhase.INTENSIVE, returned, returned.plusWeeks(6).minusDays(1))
                .with(PlanPhase.TRANSITION, returned.plusWeeks(6), returned.plusWeeks(12).minusDays(1))
                .with(PlanPhase.FOLLOW_UP, returned.plusWeeks(12), returned.plusWeeks(20))
                // the center's visits fade on purpose as the company's own support takes over
                .withVisits(PlanPhase.INTENSIVE, VisitFrequency.perWeek(2))
                .withVisits(PlanPhase.TRANSITION, VisitFrequency.perMonth(2))
                .withVisits(PlanPhase.FOLLOW_UP, VisitFrequency.perMonth(1));
        Map<SupportType, String> planned = story.supports().stream().collect(java.util.stream.Collectors.toMap(
                type -> type, type -> switch (type) {
                    case CONSULTATION -> "本人とは体調・疲労のセルフチェックを一緒に振り返り、上司には声かけの仕方を助言する。";
                    case JOB_PERFORMANCE -> "作業を観察し、手順書とチェックリストを一緒に作る。指示の出し方を上司と調整する。";
                    case JOINT -> "企業内ジョブコーチと定着面談を月2回行い、社内で支援を続けられる体制を作る。";
                }));
        return new SupportPlanContent(story.situation(),
                "無理のない業務量から始め、体調の波を本人と職場が同じ言葉で共有できるようにする。",
                "疲れのサインに早めに気づき、一人で抱え込まずに相談できる。",
                "業務量を段階的に戻し、本人の状態に合わせた指示と声かけができる。",
                "本人と職場の双方に助言し、移行支援期のうちに社内の支え（ナチュラルサポート）へ引き継ぐ。",
                "疲労の自覚が遅れがち。頼まれた仕事を断りにくい。",
                "忙しい時期に業務が偏りやすい。相談の窓口が決まっていない。",
                planned, "産業医、主治医（本人の同意の範囲で）、人事部", timeline);
    }

    /** The worker, the company (the in-company coach) and the center (the lead coach) agree revision 1. */
    private void agreePlan(long caseId, Story story) {
        as(story.worker(), () -> plugin.get(PlanService.class).agree(caseId, 1, WORKER));
        as(COMPANY_COACH, () -> plugin.get(PlanService.class).agree(caseId, 1, IN_COMPANY_COACH));
        as(LEAD_COACH, () -> plugin.get(PlanService.class).agree(caseId, 1, CENTER_COACH));
    }

    private void moveTo(long caseId, CasePhase target) {
        CaseService cases = plugin.get(CaseService.class);
        for (CasePhase next : List.of(CasePhase.PLANNING, CasePhase.SUPPORT)) {
            if (target.ordinal() < next.ordinal()) {
                return;
            }
            as(COUNSELOR_NAME, () -> {
                Stored<SupportCase> current = cases.get(caseId).stored();
                return cases.movePhase(caseId, current.version(), next);
            });
        }
    }

    private Void accommodations(long caseId, LocalDate returned) {
        AccommodationService service = plugin.get(AccommodationService.class);
        Stored<Accommodation> hours = service.create(caseId, new Accommodation("短時間勤務",
                "所定労働時間を短縮し、体調を見ながら段階的に戻す。",
                List.of(AccommodationStep.planned("6時間 → 7時間", returned.plusWeeks(4), CapacityLimits.dailyHours(7)),
                        AccommodationStep.planned("7時間 → 8時間", returned.plusWeeks(10), CapacityLimits.dailyHours(8))),
                List.of(returned.plusWeeks(4), returned.plusWeeks(10)), List.of(),
                "睡眠が6時間未満の日が続く、または赤信号の日が週2日以上あれば、段階を一つ戻す。",
                new CapacityLimits(6.0, null, null, 5)));
        if (!returned.plusWeeks(4).isAfter(today)) {
            service.liftStep(caseId, hours.id(), hours.version(), 0, returned.plusWeeks(4));
        }
        service.create(caseId, new Accommodation("残業禁止", "復職後3か月は時間外労働をしない。",
                List.of(AccommodationStep.planned("月10時間まで可", returned.plusMonths(3),
                        new CapacityLimits(null, false, null, null))),
                List.of(returned.plusMonths(3)), List.of(), "疲労の訴えが続く場合は延長する。",
                new CapacityLimits(null, true, true, null)));
        return null;
    }

    /**
     * Job-performance support visits weekly (as its frequency plans), the others every two weeks, the two coaches
     * taking turns: each visit was planned, each leaves the partner a hand-over, and the next visits are planned
     * ahead, alternating too.
     */
    private Void visits(long caseId, LocalDate returned, List<SupportType> supports) {
        int weeksApart = supports.contains(SupportType.JOB_PERFORMANCE) ? 1 : 2;
        VisitService service = plugin.get(VisitService.class);
        String[] coaches = {LEAD_COACH, SECOND_COACH};
        String[] handOvers = {
            "昼休み明けの小休止がまだ定着していない。次回は本人と記録表を一緒に見て、休憩の取り方を確認してほしい。",
            "上司との業務量の確認は週初めに定着。追加依頼を断れずに抱え込む場面が一度あったので、様子を聞いてほしい。",
            "疲労の記録は毎日つけられている。次回は企業内ジョブコーチと、指示の出し方（一度に一つ）を振り返る予定。"};
        int visit = 0;
        LocalDate day = returned.plusDays(1);
        for (; day.isBefore(today); day = day.plusWeeks(weeksApart), visit++) {
            String coach = coaches[visit % 2];
            service.plan(caseId, new PlannedVisit(day, key(coach), visit == 0 ? "初回：関係者で支援計画の確認" : null));
            service.create(caseId, new VisitRecord(day, List.of(key(coach)),
                    visit == 0 ? VisitKind.MEETING : visit % 3 == 0 ? VisitKind.JOINT_INTERVIEW : VisitKind.CONSULTATION,
                    "午前は集中できている。午後に疲れが出やすく、休憩を取りそびれる日がある。",
                    "昼休みの後に5分の小休止を入れ、疲労を4段階で記録する。",
                    "週の初めに業務量を一緒に確認し、追加の依頼は上司を通す。",
                    "次回は" + coachName(coaches[(visit + 1) % 2]) + "が訪問し、記録の変化を確認する。",
                    handOvers[visit % handOvers.length]));
        }
        for (int ahead = 0; ahead < 4; ahead++, visit++, day = day.plusWeeks(weeksApart)) {
            service.plan(caseId, new PlannedVisit(day, key(coaches[visit % 2]), ahead == 1 ? "上司・人事と中間の振り返り" : null));
        }
        return null;
    }

    /** Runs {@code work} with {@code username} as the signed-in user, as a request from that person would. */
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

    static String key(String username) {
        return user(username).getUserKey().getStringValue();
    }

    private static String coachName(String username) {
        return user(username).fullName();
    }
}
