package jp.jobcoach.workspace.confluence.macro;

import jakarta.inject.Inject;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.web.view.TimelineView;
import jp.jobcoach.workspace.web.view.ViewContext;

/** {@code jobcoach-timeline}: everything that happened on a case, newest first; filters and paging in the browser. */
public class TimelineMacro extends CaseBlockMacro {
    private final TimelineService timeline;

    @Inject
    public TimelineMacro(MacroSupport support, TimelineService timeline) {
        super(support, TimelineView.MACRO);
        this.timeline = timeline;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        TimelineQuery newest = TimelineQuery.newest();
        TimelineService.Overview overview = timeline.overview(caseId, newest);
        return TimelineView.render(view, new TimelineView.Model(caseId, overview.page(), newest.pageSize(), overview.kinds()));
    }
}
