package jp.jobcoach.workspace.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import javax.inject.Inject;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.web.view.TimelineView;

/** {@code jobcoach-timeline}: everything that happened on a case, newest first; filters and paging in the browser. */
public class TimelineMacro implements Macro {
    private final MacroSupport support;
    private final TimelineService timeline;

    @Inject
    public TimelineMacro(MacroSupport support, TimelineService timeline) {
        this.support = support;
        this.timeline = timeline;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return support.render(TimelineView.MACRO, parameters, context, (caseId, view) -> {
            TimelineQuery newest = TimelineQuery.newest();
            return TimelineView.render(view, new TimelineView.Model(caseId, timeline.page(caseId, newest), newest.pageSize()));
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
