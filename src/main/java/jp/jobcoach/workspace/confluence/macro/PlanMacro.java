package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.PLAN;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.PlanOverview;
import jp.jobcoach.workspace.service.PlanPrint;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.web.view.PlanView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-plan}: the support plan, its agreement and revisions, and its edit form; the newest revisions in
 * full, older ones paged as the interviews are ({@link InterviewsMacro}).
 */
public class PlanMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final PlanService plans;

    @Inject
    public PlanMacro(MacroSupport support, CaseService cases, PlanService plans) {
        super(support, PlanView.MACRO);
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        PlanOverview overview = plans.overview(on, PlanView.IN_FULL,
                view.interactive() ? InterviewsMacro.FIRST_PAGE : InterviewsMacro.STATIC_CAP);
        // exports (PDF, Word) carry the printed plan's structure, as its print link does in a browser
        PlanPrint printed = !view.interactive() && overview.plan().isPresent() ? plans.print(on, null) : null;
        return PlanView.render(view, new PlanView.Model(caseId, overview, on.actorRoles(), on.may(PLAN, EDIT)), printed);
    }
}
