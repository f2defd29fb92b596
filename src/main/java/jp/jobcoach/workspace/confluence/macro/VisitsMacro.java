package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.VISITS;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.view.VisitsView;
import jp.jobcoach.workspace.web.view.ViewContext;

/** {@code jobcoach-visits}: the visit records of a case, newest first, with planned against done and the forms. */
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
        VisitOverview overview = visits.overview(caseId);
        GuardedCase on = cases.get(caseId);
        var coaches = on.team().members().stream().filter(member -> member.role() == CaseRole.CENTER_COACH).toList();
        return VisitsView.render(view, new VisitsView.Model(caseId, overview, on.may(VISITS, EDIT), coaches));
    }
}
