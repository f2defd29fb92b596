package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.ACCOMMODATIONS;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.view.CaseSummary;
import jp.jobcoach.workspace.web.view.CaseView;
import jp.jobcoach.workspace.web.view.StartCaseView;
import jp.jobcoach.workspace.web.view.ViewContext;

/** {@code jobcoach-case}: the summary panel on a case's home page. */
public class CaseMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final AccommodationService accommodations;
    private final VisitService visits;
    private final TimeSource time;
    private final InterviewService interviews;

    @Inject
    public CaseMacro(MacroSupport support, CaseService cases, AccommodationService accommodations, VisitService visits,
                     TimeSource time, InterviewService interviews) {
        super(support, CaseView.MACRO);
        this.cases = cases;
        this.accommodations = accommodations;
        this.visits = visits;
        this.time = time;
        this.interviews = interviews;
    }

    /** On a page without a case, people who may open one get the start-the-case form (create flow). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(CaseView.MACRO, parameters, context, this::render,
                (pageId, view) -> StartCaseView.render(view, StartCaseView.Model.of(pageId, parameters)));
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        return CaseView.render(view, summary(caseId));
    }

    private CaseSummary summary(long caseId) {
        GuardedCase on = cases.get(caseId);
        AccommodationService.ReviewedList reviewed = on.may(ACCOMMODATIONS, VIEW)
                ? accommodations.withReviewsDue(caseId) : new AccommodationService.ReviewedList(List.of(), Set.of());
        return new CaseSummary(on, cases.phaseHistory(caseId), reviewed.all(), reviewed.dueIds(), visits.tallies(caseId),
                time.today(), interviews.schedule(caseId));
    }
}
