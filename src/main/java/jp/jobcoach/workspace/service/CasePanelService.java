package jp.jobcoach.workspace.service;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.store.Stored;

/**
 * What the case panel on the case page shows to any member: the case and the viewer's roles, visits planned
 * against done, accommodations due for review, and the interview schedule with its overdue flag. Composed of
 * the guarded services, each a fixed number of statements, so the panel's cost does not grow with history.
 */
@Named
public class CasePanelService {
    private final CaseService cases;
    private final VisitService visits;
    private final AccommodationService accommodations;
    private final InterviewService interviews;

    @Inject
    public CasePanelService(CaseService cases, VisitService visits, AccommodationService accommodations,
                            InterviewService interviews) {
        this.cases = cases;
        this.visits = visits;
        this.accommodations = accommodations;
        this.interviews = interviews;
    }

    public CasePanel panel(long caseId) {
        GuardedCase on = cases.get(caseId);
        return new CasePanel(on, visits.tallies(caseId), accommodations.dueForReview(caseId),
                interviews.schedule(caseId));
    }

    public record CasePanel(GuardedCase on, List<VisitTally> visits, List<Stored<Accommodation>> dueForReview,
                            InterviewSchedule interviews) {
    }
}
