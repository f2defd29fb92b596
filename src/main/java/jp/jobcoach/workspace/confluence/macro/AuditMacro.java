package jp.jobcoach.workspace.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import javax.inject.Inject;
import jp.jobcoach.workspace.service.AuditService;
import jp.jobcoach.workspace.web.view.AuditView;

/**
 * {@code jobcoach-audit}: the audit log of a case for occupational health staff and administrators; the
 * service refuses everyone else, and MacroSupport turns that into the neutral box.
 */
public class AuditMacro implements Macro {
    static final int PAGE_SIZE = 50;
    private final MacroSupport support;
    private final AuditService audits;

    @Inject
    public AuditMacro(MacroSupport support, AuditService audits) {
        this.support = support;
        this.audits = audits;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(AuditView.MACRO, parameters, context, (caseId, view) ->
                AuditView.render(view, new AuditView.Model(caseId, audits.page(caseId, 0, PAGE_SIZE), PAGE_SIZE)));
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
