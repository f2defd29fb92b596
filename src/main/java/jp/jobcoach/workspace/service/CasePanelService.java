package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.domain.Stored;

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
    private final WorkloadService workload;

    @Inject
    public CasePanelService(CaseService cases, VisitService visits, AccommodationService accommodations,
                            InterviewService interviews, CasePageService casePages, Notifier notifier, TimeSource time,
                            ConsentService consents, CasePageRestrictions restrictions, WorkloadService workload) {
        this.cases = cases;
        this.visits = visits;
        this.accommodations = accommodations;
        this.interviews = interviews;
        this.casePages = casePages;
        this.notifier = notifier;
        this.time = time;
        this.consents = consents;
        this.restrictions = restrictions;
        this.workload = workload;
    }

    /** The guard reads the case and its team once; each part is then checked against the roles it found. */
    public CasePanel panel(long caseId) {
        GuardedCase on = cases.get(caseId);
        AccommodationService.ReviewedList reviewed = on.may(ACCOMMODATIONS, VIEW)
                ? accommodations.withReviewsDue(on) : new AccommodationService.ReviewedList(List.of(), Set.of());
        return new CasePanel(on, cases.phaseHistory(on), reviewed.all(), reviewed.dueIds(), visits.tallies(on),
                time.today(), interviews.schedule(on), notifier.delivers(), casePages.pages(on), consents.overview(on),
                restrictions.status(on), on.may(ACCOMMODATIONS, VIEW)
                        ? workload.currentSignals(on, reviewed.all().stream().map(Stored::value).toList())
                        : workload.currentSignals(on));
    }

    /**
     * The panel's content; accommodations are empty for a viewer whose role may not see them.
     *
     * @param remindersDelivered false while reminders reach nobody (no mail server): the overdue flag is all there is
     * @param consents           the worker's consents, with the team's roles that lack one
     * @param restrictions       who may open the case's pages, and whether they are not yet restricted
     * @param workloadSignals    this week's workload signals (and last week's about hours worked), as the viewer may
     *                           see them: none without WORKLOAD view, reasons without task titles for HR
     */
    public record CasePanel(GuardedCase on, List<PhaseChange> history, List<Stored<Accommodation>> accommodations,
                            Set<Long> reviewDue, List<VisitTally> tallies, LocalDate today, InterviewSchedule interviews,
                            boolean remindersDelivered, List<CasePage> pages, ConsentService.Overview consents,
                            CasePageRestrictions.Status restrictions, List<WorkloadSignal> workloadSignals) {

        public CasePanel {
            workloadSignals = List.copyOf(workloadSignals);
        }

        /** A panel without workload signals. */
        public CasePanel(GuardedCase on, List<PhaseChange> history, List<Stored<Accommodation>> accommodations,
                         Set<Long> reviewDue, List<VisitTally> tallies, LocalDate today, InterviewSchedule interviews,
                         boolean remindersDelivered, List<CasePage> pages, ConsentService.Overview consents,
                         CasePageRestrictions.Status restrictions) {
            this(on, history, accommodations, reviewDue, tallies, today, interviews, remindersDelivered, pages, consents,
                    restrictions, List.of());
        }
    }
}
