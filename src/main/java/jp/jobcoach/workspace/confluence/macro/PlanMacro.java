package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.PLAN;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import javax.inject.Inject;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.web.view.PlanView;

/** {@code jobcoach-plan}: the support plan, its agreement and revisions, and its edit form. */
public class PlanMacro implements Macro {
    private final MacroSupport support;
    private final CaseService cases;
    private final PlanService plans;

    @Inject
    public PlanMacro(MacroSupport support, CaseService cases, PlanService plans) {
        this.support = support;
        this.cases = cases;
        this.plans = plans;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(PlanView.MACRO, parameters, context, (caseId, view) -> {
            var plan = plans.plan(caseId);
            GuardedCase on = cases.get(caseId);
            return PlanView.render(view, new PlanView.Model(caseId, plan, on.actorRoles(), on.may(PLAN, EDIT)));
        });
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
