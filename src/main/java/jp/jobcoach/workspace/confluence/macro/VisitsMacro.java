package jp.jobcoach.workspace.confluence.macro;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.DataCategory.VISITS;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import javax.inject.Inject;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.VisitOverview;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.view.VisitsView;

/** {@code jobcoach-visits}: the visit records of a case, newest first, with planned against done and the forms. */
public class VisitsMacro implements Macro {
    private final MacroSupport support;
    private final CaseService cases;
    private final VisitService visits;

    @Inject
    public VisitsMacro(MacroSupport support, CaseService cases, VisitService visits) {
        this.support = support;
        this.cases = cases;
        this.visits = visits;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(VisitsView.MACRO, parameters, context, (caseId, view) -> {
            VisitOverview overview = visits.overview(caseId);
            GuardedCase on = cases.get(caseId);
            var coaches = on.team().members().stream().filter(member -> member.role() == CaseRole.CENTER_COACH).toList();
            return VisitsView.render(view, new VisitsView.Model(caseId, overview, on.may(VISITS, EDIT), coaches));
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
