package jp.jobcoach.workspace.confluence.macro;

import java.time.YearMonth;
import jakarta.inject.Inject;
import jp.jobcoach.workspace.service.CalendarFeedService;
import jp.jobcoach.workspace.service.CalendarService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.web.view.ScheduleView;
import jp.jobcoach.workspace.web.view.ViewContext;

/**
 * {@code jobcoach-schedule}: the case calendar for this month (the viewer's today), who visits when, and in a
 * browser the viewer's calendar subscriptions that show the case.
 */
public class ScheduleMacro extends CaseBlockMacro {
    private final CalendarService calendar;
    private final CalendarFeedService feeds;
    private final TimeSource time;

    @Inject
    public ScheduleMacro(MacroSupport support, CalendarService calendar, CalendarFeedService feeds, TimeSource time) {
        super(support, ScheduleView.MACRO);
        this.calendar = calendar;
        this.feeds = feeds;
        this.time = time;
    }

    @Override
    protected String render(long caseId, ViewContext view) {
        GuardedCase on = calendar.on(caseId);
        YearMonth month = YearMonth.from(time.today());
        java.time.LocalDate[] range = ScheduleView.range(month);
        return ScheduleView.render(view, new ScheduleView.Model(caseId, month, time.today(),
                calendar.calendar(on, range[0], range[1]), calendar.rota(on),
                view.interactive() ? feeds.mine().stream().filter(feed -> feed.caseId() == caseId || feed.value().isPersonal())
                        .toList() : java.util.List.of()));
    }
}
