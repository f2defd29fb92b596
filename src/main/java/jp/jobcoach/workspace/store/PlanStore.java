package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.constant;
import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.SupportType;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Support plans: revisions and agreements are only ever added, so the whole history stays readable. */
@Named
public class PlanStore {
    private final ActiveObjects ao;

    @Inject
    public PlanStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** The case's plan with every revision, or empty before its first revision: what the plan page shows. */
    public Optional<SupportPlan> plan(long caseId) {
        return withAgreements(caseId, ao.find(PlanRevisionEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("REVISION")));
    }

    /**
     * The case's plan as it stands, or empty before its first revision: its newest revision only (one row,
     * however long the history), with every agreement (short rows), which is what its status, an agreement and
     * the next revision need (see {@link SupportPlan#current()}).
     */
    public Optional<SupportPlan> current(long caseId) {
        return withAgreements(caseId, ao.find(PlanRevisionEntity.class, newest(caseId)));
    }

    /** The timeline of the newest revision, or empty before the first: one row. */
    public Optional<PlanTimeline> currentTimeline(long caseId) {
        List<PlanTimeline> timeline = new ArrayList<>();
        ao.stream(PlanRevisionEntity.class, Query.select("ID, PHASE_DATES").where("CASE_ID = ?", caseId)
                .order("REVISION DESC").limit(1), row -> timeline.add(timeline(row.getPhaseDates())));
        return timeline.stream().findFirst();
    }

    private Optional<SupportPlan> withAgreements(long caseId, PlanRevisionEntity[] revisions) {
        if (revisions.length == 0) {
            return Optional.empty();
        }
        AgreementEntity[] agreements = ao.find(AgreementEntity.class,
                Query.select().where("CASE_ID = ?", caseId).order("AGREED_AT, ID"));
        return Optional.of(new SupportPlan(Columns.map(revisions, PlanStore::toRevision),
                Columns.map(agreements, PlanStore::toAgreement)));
    }

    private static Query newest(long caseId) {
        return Query.select().where("CASE_ID = ?", caseId).order("REVISION DESC").limit(1);
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
                new DBParam("WORKER_ISSUES", content.workerIssues()),
                new DBParam("COMPANY_ISSUES", content.companyIssues()),
                new DBParam("SUPPORT_CONSULT", planned.get(SupportType.CONSULTATION)),
                new DBParam("SUPPORT_JOB_PERF", planned.get(SupportType.JOB_PERFORMANCE)),
                new DBParam("SUPPORT_JOINT", planned.get(SupportType.JOINT)),
                new DBParam("COOPERATING", content.cooperatingParties()),
                new DBParam("PHASE_DATES", phaseDates(content.timeline())));
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
                new DBParam("AGREED_AT", Date.from(agreement.at())));
    }

    /**
     * The newest revision's number, 0 before the first draft: one indexed row, streamed so that only its number
     * is read ({@code find} of a {@code @Preload} entity reads every column whatever the query selects).
     */
    private int newestRevision(long caseId) {
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

    private static PlanTimeline timeline(String phaseDates) {
        Map<PlanPhase, DateRange> phases = new EnumMap<>(PlanPhase.class);
        if (phaseDates != null) {
            phaseDates.lines().filter(line -> !line.isEmpty()).forEach(line -> {
                String[] phaseAndDates = line.split("=", 2);
                String[] dates = phaseAndDates[1].split("/");
                phases.put(PlanPhase.valueOf(phaseAndDates[0]), new DateRange(day(dates[0]), day(dates[1])));
            });
        }
        return new PlanTimeline(phases);
    }

    private static PlanRevision toRevision(PlanRevisionEntity row) {
        Map<SupportType, String> planned = new EnumMap<>(SupportType.class);
        putIfPresent(planned, SupportType.CONSULTATION, row.getSupportConsult());
        putIfPresent(planned, SupportType.JOB_PERFORMANCE, row.getSupportJobPerf());
        putIfPresent(planned, SupportType.JOINT, row.getSupportJoint());
        SupportPlanContent content = new SupportPlanContent(row.getCurrentSituation(), row.getDirection(),
                row.getWorkerGoals(), row.getCompanyGoals(), row.getWorkerIssues(), row.getCompanyIssues(),
                planned, row.getCooperating(), timeline(row.getPhaseDates()));
        return new PlanRevision(row.getRevision(), content, row.getAuthorKey(), row.getCreatedAt().toInstant());
    }

    private static void putIfPresent(Map<SupportType, String> planned, SupportType type, String text) {
        if (text != null) {
            planned.put(type, text);
        }
    }

    private static Agreement toAgreement(AgreementEntity row) {
        return new Agreement(row.getUserKey(), constant(CaseRole.class, row.getMemberRole()),
                row.getAgreedAt().toInstant(), row.getRevision());
    }
}
