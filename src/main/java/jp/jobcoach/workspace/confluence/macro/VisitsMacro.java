package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.view.VisitsView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-visits}: the visit records of a case, newest first, with planned against done and the forms; paged
 * as the interviews are ({@link InterviewsMacro}: the newest in full, the rest of the page compact).
 */
public class VisitsMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final VisitService visits;

    @Inject
    public VisitsMacro(MacroSupport support, CaseService cases, VisitService visits) {
        super(support, VisitsView.MACRO);
        this.cases = cases;
        this.visits = visits;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        VisitOverview overview = visits.overview(on, PageRequest.first(view.interactive()
                ? InterviewsMacro.FIRST_PAGE : InterviewsMacro.STATIC_CAP));
        return VisitsView.render(view, VisitsView.Model.of(on, overview));
    }
}
