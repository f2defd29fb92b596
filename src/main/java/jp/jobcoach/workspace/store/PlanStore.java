package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import jp.jobcoach.workspace.domain.VisitFrequency;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Support plans: revisions and agreements are only ever added, so the whole history stays readable, a few
 * revisions in full or a page of summaries at a time.
 */
@Named
public class PlanStore {
    private final ActiveObjects ao;

    @Inject
    public PlanStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Newest first by number, which the (CASE_ID, REVISION) index serves. */
    private static final Keyset BY_NUMBER = Keyset.byId("REVISION");
    private static final String SUMMARY_COLUMNS = "ID, REVISION, AUTHOR_KEY, CREATED_AT";

    /**
     * The case's plan with its newest {@code count} revisions (oldest of them first) and every agreement (short
     * rows), or empty before its first revision: what the plan page shows in full. {@code count} rows however long
     * the history.
     */
    public Optional<SupportPlan> recent(long caseId, int count) {
        PlanRevisionEntity[] newest = ao.find(PlanRevisionEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order(BY_NUMBER.order()).limit(count));
        List<PlanRevisionEntity> oldestFirst = new ArrayList<>(Arrays.asList(newest));
        Collections.reverse(oldestFirst);
        return withAgreements(caseId, oldestFirst);
    }

    /**
     * The case's plan with every revision, oldest first, or empty before its first revision: what the worker's own
     * copy of their data holds (an export reads the whole history; pages read {@link #recent}).
     */
    public Optional<SupportPlan> complete(long caseId) {
        return withAgreements(caseId, Arrays.asList(ao.find(PlanRevisionEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("REVISION"))));
    }

    /**
     * The case's plan as it stands, or empty before its first revision: its newest revision only (one row,
     * however long the history), with every agreement (short rows), which is what its status, an agreement and
     * the next revision need (see {@link SupportPlan#current()}).
     */
    public Optional<SupportPlan> current(long caseId) {
        return recent(caseId, 1);
    }

    /** Revisions {@code from} and {@code to} (one when they are the same), oldest first: what a diff reads. */
    public List<PlanRevision> revisions(long caseId, int from, int to) {
        return Columns.map(ao.find(PlanRevisionEntity.class, Query.select()
                .where("CASE_ID = ? AND (REVISION = ? OR REVISION = ?)", caseId, from, to).order("REVISION")),
                PlanStore::toRevision);
    }

    /** At most {@code limit} revisions after {@code after} (none: from the newest), newest first, in full. */
    public List<PlanRevision> page(long caseId, PageCursor after, int limit) {
        return Columns.map(ao.find(PlanRevisionEntity.class, BY_NUMBER.after(Query.select(), "CASE_ID = ?",
                List.of(caseId), after).limit(limit)), PlanStore::toRevision);
    }

    /**
     * At most {@code limit} revisions after {@code after} (none: from the newest), newest first, without their
     * texts: streamed, so that only the summary's columns are read ({@code find} of a {@code @Preload} entity
     * reads every column whatever the query selects).
     */
    public List<PlanRevision.Summary> summaries(long caseId, PageCursor after, int limit) {
        List<PlanRevision.Summary> summaries = new ArrayList<>();
        ao.stream(PlanRevisionEntity.class, BY_NUMBER.after(Query.select(SUMMARY_COLUMNS), "CASE_ID = ?",
                List.of(caseId), after).limit(limit), row -> summaries.add(new PlanRevision.Summary(row.getRevision(),
                row.getAuthorKey(), row.getCreatedAt().toInstant())));
        return summaries;
    }

    /** Where a page of revisions that ends with revision {@code lastNumber} goes on. */
    public static PageCursor cursor(int lastNumber) {
        return PageCursor.afterId(lastNumber);
    }

    /** The agreements given to revisions {@code oldest} to {@code newest}, oldest first. */
    public List<Agreement> agreements(long caseId, int oldest, int newest) {
        return Columns.map(ao.find(AgreementEntity.class, Query.select()
                .where("CASE_ID = ? AND REVISION >= ? AND REVISION <= ?", caseId, oldest, newest)
                .order("AGREED_AT, ID")), PlanStore::toAgreement);
    }

    /** The timeline of the newest revision, or empty before the first: one row. */
    public Optional<PlanTimeline> currentTimeline(long caseId) {
        List<PlanTimeline> timeline = new ArrayList<>();
        ao.stream(PlanRevisionEntity.class, Query.select("ID, PHASE_DATES").where("CASE_ID = ?", caseId)
                .order("REVISION DESC").limit(1), row -> timeline.add(timeline(row.getPhaseDates())));
        return timeline.stream().findFirst();
    }

    private Optional<SupportPlan> withAgreements(long caseId, List<PlanRevisionEntity> revisions) {
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        AgreementEntity[] agreements = ao.find(AgreementEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("AGREED_AT, ID"));
        return Optional.of(new SupportPlan(revisions.stream().map(PlanStore::toRevision).toList(),
                Columns.map(agreements, PlanStore::toAgreement)));
    }

    /**
     * Adds a revision written from revision {@code basedOn} (0 for the first draft): the plan's version is its
     * newest revision number, claimed like any other version.
     *
     * @throws StaleWriteException when the plan is no longer at {@code basedOn}, or a concurrent revision claimed it
     */
    public void addRevision(long caseId, int basedOn, PlanRevision revision) {
        VersionClaims.claimNext(ao, "plan", caseId, newestRevision(caseId), basedOn);
        SupportPlanContent content = revision.content();
        Map<SupportType, String> planned = content.plannedSupport();
        ao.create(PlanRevisionEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("REVISION", revision.number()),
                new DBParam("REVISION_KEY", revisionKey(caseId, revision.number())),
                new DBParam("AUTHOR_KEY", revision.authorKey()),
                new DBParam("CREATED_AT", Date.from(revision.createdAt())),
                new DBParam("CURRENT_SITUATION", content.currentSituation()),
                new DBParam("DIRECTION", content.direction()),
                new DBParam("WORKER_GOALS", content.workerGoals()),
                new DBParam("COMPANY_GOALS", content.companyGoals()),
                new DBParam("CENTER_GOALS", content.centerGoals()),
                new DBParam("WORKER_ISSUES", content.workerIssues()),
                new DBParam("COMPANY_ISSUES", content.companyIssues()),
                new DBParam("SUPPORT_CONSULT", planned.get(SupportType.CONSULTATION)),
                new DBParam("SUPPORT_JOB_PERF", planned.get(SupportType.JOB_PERFORMANCE)),
                new DBParam("SUPPORT_JOINT", planned.get(SupportType.JOINT)),
                new DBParam("COOPERATING", content.cooperatingParties()),
                new DBParam("PHASE_DATES", phaseDates(content.timeline())),
                new DBParam("PHASE_VISITS", phaseVisits(content.timeline())));
    }

    /**
     * Refuses what was written about revision {@code revision} (an agreement) once a newer revision exists.
     *
     * @throws StaleWriteException when {@code revision} is no longer the newest
     */
    public void requireNewest(long caseId, int revision) {
        VersionClaims.requireCurrent("plan", caseId, newestRevision(caseId), revision);
    }

    public void addAgreement(long caseId, Agreement agreement) {
        ao.create(AgreementEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("USER_KEY", agreement.userKey()),
                new DBParam("MEMBER_ROLE", agreement.role().name()),
                new DBParam("REVISION", agreement.revision()),
                new DBParam("AGREED_AT", Date.from(agreement.at())),
                new DBParam("PAPER_DATE", agreement.onPaper() ? day(agreement.paper().signedOn()) : null),
                new DBParam("PAPER_METHOD", agreement.onPaper() ? agreement.paper().method().name() : null),
                new DBParam("SIGNER_NAME", agreement.onPaper() ? agreement.paper().signer() : null));
    }

    /**
     * The newest revision's number, 0 before the first draft: one indexed row, streamed so that only its number
     * is read ({@code find} of a {@code @Preload} entity reads every column whatever the query selects).
     */
    public int newestRevision(long caseId) {
        int[] newest = {0};
        ao.stream(PlanRevisionEntity.class, Query.select("ID, REVISION").where("CASE_ID = ?", caseId)
                .order("REVISION DESC").limit(1), row -> newest[0] = row.getRevision());
        return newest[0];
    }

    private static String revisionKey(long caseId, int number) {
        return caseId + ":" + number;
    }

    /** A validated timeline has both dates of every planned phase: one {@code PHASE=start/end} line each. */
    private static String phaseDates(PlanTimeline timeline) {
        StringBuilder lines = new StringBuilder();
        for (PlanPhase phase : timeline.planned()) {
            DateRange dates = timeline.dates(phase).orElseThrow();
            lines.append(phase.name()).append('=').append(day(dates.start())).append('/').append(day(dates.end())).append('\n');
        }
        return lines.toString();
    }

    /** A validated timeline's visits: one {@code PHASE=count/UNIT} line per phase with planned visits. */
    private static String phaseVisits(PlanTimeline timeline) {
        StringBuilder lines = new StringBuilder();
        for (PlanPhase phase : PlanPhase.values()) {
            timeline.visits(phase).ifPresent(visits -> lines.append(phase.name()).append('=').append(visits.count())
                    .append('/').append(visits.per().name()).append('\n'));
        }
        return lines.toString();
    }

    private static Map<PlanPhase, VisitFrequency> visits(String phaseVisits) {
        Map<PlanPhase, VisitFrequency> visits = new EnumMap<>(PlanPhase.class);
        if (phaseVisits != null) {
            phaseVisits.lines().filter(line -> !line.isEmpty()).forEach(line -> {
                String[] phaseAndVisits = line.split("=", 2);
                String[] countAndUnit = phaseAndVisits[1].split("/");
                visits.put(PlanPhase.valueOf(phaseAndVisits[0]), new VisitFrequency(Integer.parseInt(countAndUnit[0]),
                        VisitFrequency.Unit.valueOf(countAndUnit[1])));
            });
        }
        return visits;
    }

    static PlanTimeline timeline(String phaseDates) {
        return timeline(phaseDates, null);
    }

    private static PlanTimeline timeline(String phaseDates, String phaseVisits) {
        Map<PlanPhase, DateRange> phases = new EnumMap<>(PlanPhase.class);
        if (phaseDates != null) {
            phaseDates.lines().filter(line -> !line.isEmpty()).forEach(line -> {
                String[] phaseAndDates = line.split("=", 2);
                String[] dates = phaseAndDates[1].split("/");
                phases.put(PlanPhase.valueOf(phaseAndDates[0]), new DateRange(day(dates[0]), day(dates[1])));
            });
        }
        return new PlanTimeline(phases, visits(phaseVisits));
    }

    private static PlanRevision toRevision(PlanRevisionEntity row) {
        Map<SupportType, String> planned = new EnumMap<>(SupportType.class);
        putIfPresent(planned, SupportType.CONSULTATION, row.getSupportConsult());
        putIfPresent(planned, SupportType.JOB_PERFORMANCE, row.getSupportJobPerf());
        putIfPresent(planned, SupportType.JOINT, row.getSupportJoint());
        SupportPlanContent content = new SupportPlanContent(row.getCurrentSituation(), row.getDirection(),
                row.getWorkerGoals(), row.getCompanyGoals(), row.getCenterGoals(), row.getWorkerIssues(),
                row.getCompanyIssues(), planned, row.getCooperating(), timeline(row.getPhaseDates(), row.getPhaseVisits()));
        return new PlanRevision(row.getRevision(), content, row.getAuthorKey(), row.getCreatedAt().toInstant());
    }

    private static void putIfPresent(Map<SupportType, String> planned, SupportType type, String text) {
        if (text != null) {
            planned.put(type, text);
        }
    }

    private static Agreement toAgreement(AgreementEntity row) {
        PaperAgreement paper = row.getPaperMethod() == null ? null : new PaperAgreement(day(row.getPaperDate()),
                constant(AgreementMethod.class, row.getPaperMethod()), row.getSignerName());
        return new Agreement(row.getUserKey(), constant(CaseRole.class, row.getMemberRole()),
                row.getAgreedAt().toInstant(), row.getRevision(), paper);
    }
}
