package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.WorkloadService;
import jp.jobcoach.workspace.web.view.ViewContext;
import jp.jobcoach.workspace.web.view.WorkloadView;

/**
 * {@code jobcoach-workload}: this week of the worker's workload against the capacity the accommodations allow, its
 * signals and the 12-week trend, with the plan, actuals and carry-over forms for those whose role writes them. Other
 * weeks come from the REST API rendered ({@code GET …/workload/{week}/html}), one at a time.
 */
public class WorkloadMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final WorkloadService workload;

    @Inject
    public WorkloadMacro(MacroSupport support, CaseService cases, WorkloadService workload) {
        super(support, WorkloadView.MACRO);
        this.cases = cases;
        this.workload = workload;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        return WorkloadView.render(view, new WorkloadView.Model(caseId, workload.week(on, null), on.team()));
    }
}
