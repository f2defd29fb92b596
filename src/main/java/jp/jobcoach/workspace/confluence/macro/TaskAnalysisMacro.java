package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.CaseService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.TaskAnalysisService;
import jp.jobcoach.workspace.web.view.TaskAnalysisView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-task-analysis}: the task analyses of a case, each a worksheet of steps × sessions with its rate chart,
 * and for those who record them the keyboard-first grid and the forms. The worker's consent to TASK_ANALYSIS decides,
 * with the role matrix, whether a member sees any of it (the neutral box or the withheld message otherwise).
 */
public class TaskAnalysisMacro extends CaseBlockMacro {
    private final CaseService cases;
    private final TaskAnalysisService tasks;
    private final TimeSource time;

    @Inject
    public TaskAnalysisMacro(MacroSupport support, CaseService cases, TaskAnalysisService tasks, TimeSource time) {
        super(support, TaskAnalysisView.MACRO);
        this.cases = cases;
        this.tasks = tasks;
        this.time = time;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = cases.get(caseId);
        TaskAnalysisService.Worksheet worksheet = tasks.worksheet(on, null);
        return TaskAnalysisView.render(view, new TaskAnalysisView.Model(caseId, worksheet.sheets(), worksheet.mayEdit(),
                time.today()));
    }
}
