package jp.jobcoach.workspace.service;


import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.timeline.RecentEntries;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;

/**
 * What the case panel on the case's home page shows to any member: the case and the viewer's roles, its phase
 * moves, accommodations with those due for review, visits planned against done, the interview schedule with its
 * overdue flag (and whether reminders reach anyone by mail), the case's pages, the worker's consents, and the
 * workload signals of the week. Composed of the guarded services, each a fixed number of statements, so
 * the panel's cost does not grow with the case's history.
 */
@Named
public class CasePanelService {
    private final CaseService cases;
    private final VisitService visits;
    private final AccommodationService accommodations;
    private final InterviewService interviews;
    private final CasePageService casePages;
    private final Notifier notifier;
    private final TimeSource time;
    private final ConsentService consents;
    private final CasePageRestrictions restrictions;
    private final TimelineService timeline;
    private final TaskAnalysisService tasks;
    private final WorkloadService workload;
    /** How many of each kind of change the panel names with a link; the rest it counts. */
    static final int CHANGES_SHOWN = 3;

    @Inject
    public CasePanelService(CaseService cases, VisitService visits, AccommodationService accommodations,
                            InterviewService interviews, CasePageService casePages, Notifier notifier, TimeSource time,
                            ConsentService consents, CasePageRestrictions restrictions, TimelineService timeline,
                            TaskAnalysisService tasks, WorkloadService workload) {
        this.tasks = tasks;
        this.workload = workload;
        this.cases = cases;
        this.visits = visits;
        this.accommodations = accommodations;
        this.interviews = interviews;
        this.casePages = casePages;
        this.notifier = notifier;
        this.time = time;
        this.consents = consents;
        this.restrictions = restrictions;
        this.timeline = timeline;
    }

    /** The guard reads the case and its team once; each part is then checked against the roles it found. */
    public CasePanel panel(long caseId) {
        GuardedCase on = cases.get(caseId);
        AccommodationService.ReviewedList reviewed = on.may(ACCOMMODATIONS, VIEW)
                ? accommodations.withReviewsDue(on) : new AccommodationService.ReviewedList(List.of(), Set.of());
        return new CasePanel(on, cases.phaseHistory(on), reviewed.all(), reviewed.dueIds(), visits.tallies(on),
                time.today(), interviews.schedule(on), notifier.delivers(), casePages.pages(on), consents.overview(on),
                restrictions.status(on), sinceLastVisit(on), on.sees(DataCategory.TASK_ANALYSIS) ? tasks.sheets(on).stream()
                        .filter(sheet -> sheet.analysis().value().status() == AnalysisStatus.ACTIVE).toList() : List.of(),
                on.may(ACCOMMODATIONS, VIEW)
                        ? workload.currentSignals(on, reviewed.all().stream().map(Stored::value).toList())
                        : workload.currentSignals(on));
    }

    /**
     * For a center coach, what changed since their own last visit on the case: the day of that visit, what others did
     * after it ({@link TimelineService#since}) and the newest hand-over when someone else left it. Nothing for other
     * roles, and only the last visit for a coach who has none yet (the panel says so): a fixed number of statements.
     */
    SinceLastVisit sinceLastVisit(GuardedCase on) {
        if (!on.actorRoles().contains(CaseRole.CENTER_COACH) || !on.sees(DataCategory.VISITS)) {
            return SinceLastVisit.NONE;
        }
        Optional<Stored<VisitRecord>> last = visits.latestOf(on, on.actorKey());
        if (last.isEmpty()) {
            return new SinceLastVisit(true, null, Map.of(), Optional.empty());
        }
        Optional<Stored<VisitRecord>> handOver = visits.latestHandOver(on)
                .filter(stored -> !stored.value().coachKeys().contains(on.actorKey()));
        return new SinceLastVisit(true, last.get().value().date(), timeline.since(on, last.get().value().date(), CHANGES_SHOWN),
                handOver);
    }

    /**
     * What changed on the case since the viewer's last visit.
     *
     * @param applies   whether the viewer is a center coach, to whom the panel shows it
     * @param lastVisit the day of the viewer's own last visit; null before their first
     * @param changes   per kind of entry the viewer may see: how many came after that day, by others, and the newest
     * @param handOver  the newest hand-over, when someone else left it
     */
    public record SinceLastVisit(boolean applies, LocalDate lastVisit, Map<TimelineKind, RecentEntries> changes,
                                 Optional<Stored<VisitRecord>> handOver) {
        static final SinceLastVisit NONE = new SinceLastVisit(false, null, Map.of(), Optional.empty());
    }

    /**
     * The panel's content; accommodations are empty for a viewer whose role may not see them.
     *
     * @param remindersDelivered false while reminders reach nobody (no mail server): the overdue flag is all there is
     * @param consents           the worker's consents, with the team's roles that lack one
     * @param restrictions       who may open the case's pages, and whether they are not yet restricted
     * @param taskAnalyses       the active task analyses with their figures; none for a viewer who may not see them
     * @param workloadSignals    this week's workload signals (and last week's about hours worked), as the viewer may
     *                           see them: none without WORKLOAD view, reasons without task titles for HR
     */
    public record CasePanel(GuardedCase on, List<PhaseChange> history, List<Stored<Accommodation>> accommodations,
                            Set<Long> reviewDue, List<VisitTally> tallies, LocalDate today, InterviewSchedule interviews,
                            boolean remindersDelivered, List<CasePage> pages, ConsentService.Overview consents,
                            CasePageRestrictions.Status restrictions, SinceLastVisit sinceLastVisit,
                            List<TaskAnalysisService.Sheet> taskAnalyses, List<WorkloadSignal> workloadSignals) {

        public CasePanel {
            workloadSignals = List.copyOf(workloadSignals);
        }
    }
}
