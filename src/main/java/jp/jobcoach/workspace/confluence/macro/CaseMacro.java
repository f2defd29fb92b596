package jp.jobcoach.workspace.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;
import jakarta.inject.Inject;
import jp.jobcoach.workspace.service.CasePanelService;
import jp.jobcoach.workspace.web.view.CaseView;
import jp.jobcoach.workspace.web.view.StartCaseView;
import jp.jobcoach.workspace.web.view.ViewContext;

/** {@code jobcoach-case}: the summary panel on a case's home page. */
public class CaseMacro extends CaseBlockMacro {
    private final CasePanelService panels;

    @Inject
    public CaseMacro(MacroSupport support, CasePanelService panels) {
        super(support, CaseView.MACRO);
        this.panels = panels;
    }

    /** On a page without a case, people who may open one get the start-the-case form (create flow). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(CaseView.MACRO, parameters, context, this::render,
                StartCaseView::render);
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        return CaseView.render(view, panels.panel(caseId));
    }
}
