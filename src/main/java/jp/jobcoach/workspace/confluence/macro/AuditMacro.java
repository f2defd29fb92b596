package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.service.AuditService;
import jp.jobcoach.workspace.web.view.AuditView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-audit}: the audit log of a case for occupational health staff and administrators; the
 * service refuses everyone else, and MacroSupport turns that into the neutral box.
 */
public class AuditMacro extends CaseBlockMacro {
    static final int PAGE_SIZE = 50;
    private final AuditService audits;

    @Inject
    public AuditMacro(MacroSupport support, AuditService audits) {
        super(support, AuditView.MACRO);
        this.audits = audits;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        AuditService.Overview overview = audits.overview(caseId, AuditQuery.newest(PAGE_SIZE));
        return AuditView.render(view, new AuditView.Model(caseId, overview.page(), overview.memberKeys()));
    }
}
