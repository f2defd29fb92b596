package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.service.AuditService;
import jp.jobcoach.workspace.service.ErasureService;
import jp.jobcoach.workspace.web.view.AuditView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-audit}: the audit log of a case for occupational health staff and administrators; the
 * service refuses everyone else, and MacroSupport turns that into the neutral box.
 */
public class AuditMacro extends CaseBlockMacro {
    static final int PAGE_SIZE = 50;
    private final AuditService audits;
    private final ErasureService erasures;

    @Inject
    public AuditMacro(MacroSupport support, AuditService audits, ErasureService erasures) {
        super(support, AuditView.MACRO);
        this.audits = audits;
        this.erasures = erasures;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        AuditService.Overview overview = audits.overview(caseId, AuditQuery.newest(PAGE_SIZE));
        return AuditView.render(view, new AuditView.Model(caseId, overview.page(), overview.memberKeys(),
                erasures.retention(), erasures.mayManageRetention()));
    }
}
