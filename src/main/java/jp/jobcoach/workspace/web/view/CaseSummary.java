package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.VisitTally;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.InterviewSchedule;
import jp.jobcoach.workspace.store.Stored;

/** What the case panel shows, as the services handed it to the macro; {@code interviews} is the interview schedule. */
public record CaseSummary(GuardedCase on, List<PhaseChange> history, List<Stored<Accommodation>> accommodations,
                          Set<Long> reviewDue, List<VisitTally> tallies, LocalDate today, InterviewSchedule interviews) {
}
