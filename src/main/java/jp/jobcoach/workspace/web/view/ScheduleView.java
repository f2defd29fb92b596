package jp.jobcoach.workspace.web.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitFrequency;
import jp.jobcoach.workspace.domain.calendar.CalendarAgenda;
import jp.jobcoach.workspace.domain.calendar.CalendarFeed;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.CalendarMonth;
import jp.jobcoach.workspace.domain.calendar.FeedNames;
import jp.jobcoach.workspace.domain.calendar.VisitBy;
import jp.jobcoach.workspace.domain.calendar.VisitRota;
import jp.jobcoach.workspace.service.CalendarService;

/**
 * The case calendar ({@code jobcoach-schedule}): a month grid and the same month as a list, who visits when for those
 * who see visits, and in a browser the month navigation, the switch between the views and the subscription panel.
 * {@code schedule.vm} renders it for the macro, {@code schedule-month.vm} the month alone for jobcoach-schedule.js,
 * which asks the REST API for another month ({@link #renderMonth}) and inserts it as rendered. The grid is a WAI-ARIA
 * grid: one day is in the tab order, the arrow keys move between days and Enter opens the day's items. Weeks start
 * on Monday. Static output (PDF, Word, mail) is the month and its list without controls.
 */
public final class ScheduleView {
    public static final String MACRO = "schedule";
    static final String TEMPLATE = "templates/jobcoach/schedule.vm";
    static final String MONTH_TEMPLATE = "templates/jobcoach/schedule-month.vm";
    public static final DayOfWeek FIRST_DAY = DayOfWeek.MONDAY;

    /**
     * @param today the viewer's today, marked in the grid
     * @param rota  who visits when, for those who see visits
     * @param feeds the viewer's feeds that show this case: of this case, and of all their cases
     */
    public record Model(long caseId, YearMonth month, LocalDate today, CalendarService.CaseCalendar calendar,
                        Optional<VisitRota> rota, List<Stored<CalendarFeed>> feeds) {
    }

    private ScheduleView() {
    }

    public static String render(ViewContext view, Model model) {
        Map<String, Object> out = new HashMap<>();
        out.put("month", month(view.text(), model.caseId(), model.month(), model.today(), model.calendar()));
        out.put("rota", model.rota().map(rota -> rota(view.text(), rota)).orElse(Map.of()));
        out.put("hasRota", model.rota().isPresent());
        out.put("controls", view.interactive() ? controls(view, model) : Map.of());
        return view.render(TEMPLATE, out);
    }

    /** The month alone (grid and list), as the macro holds it: what the script inserts for another month. */
    public static String renderMonth(ViewContext view, long caseId, YearMonth month, LocalDate today,
                                     CalendarService.CaseCalendar calendar) {
        return view.render(MONTH_TEMPLATE, Map.of("month", month(view.text(), caseId, month, today, calendar)));
    }

    /** The days a month view reads: its whole weeks. */
    public static LocalDate[] range(YearMonth month) {
        return CalendarMonth.gridRange(month, FIRST_DAY);
    }

    static Map<String, Object> month(ViewText text, long caseId, YearMonth month, LocalDate today,
                                     CalendarService.CaseCalendar calendar) {
        CalendarMonth grid = CalendarMonth.of(month, calendar.items(), FIRST_DAY);
        Map<String, Object> out = new HashMap<>();
        out.put("key", month.toString());
        out.put("previous", month.minusMonths(1).toString());
        out.put("next", month.plusMonths(1).toString());
        out.put("title", title(text, month));
        out.put("caseId", caseId);
        List<String> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(FIRST_DAY.plus(i).getDisplayName(TextStyle.SHORT, text.locale()));
        }
        out.put("weekdays", weekdays);
        LocalDate focus = YearMonth.from(today).equals(month) ? today : month.atDay(1);
        out.put("weeks", grid.weeks().stream().map(week -> week.stream()
                .map(day -> day(text, day, today, focus, calendar.links())).toList()).toList());
        out.put("spans", grid.spanning().stream().map(item -> item(text, item, calendar.links())).toList());
        CalendarAgenda agenda = CalendarAgenda.of(month.atDay(1), month.atEndOfMonth(), calendar.items());
        out.put("agenda", agenda.days().stream().map(day -> Map.of("date", day.date().toString(),
                "label", dayLabel(text, day.date()), "items", day.items().stream()
                        .map(item -> item(text, item, calendar.links())).toList())).toList());
        return out;
    }

    private static String title(ViewText text, YearMonth month) {
        return text.message("jobcoach.web.schedule.month", String.valueOf(month.getYear()),
                month.getMonth().getDisplayName(TextStyle.FULL, text.locale()));
    }

    private static String dayLabel(ViewText text, LocalDate day) {
        return text.message("jobcoach.web.schedule.day", day.toString(),
                day.getDayOfWeek().getDisplayName(TextStyle.SHORT, text.locale()));
    }

    private static Map<String, Object> day(ViewText text, CalendarMonth.Day day, LocalDate today, LocalDate focus,
                                           Map<String, String> links) {
        Map<String, Object> out = new HashMap<>();
        out.put("date", day.date().toString());
        out.put("number", day.date().getDayOfMonth());
        out.put("inMonth", day.inMonth());
        out.put("today", day.date().equals(today));
        out.put("focus", day.date().equals(focus));
        out.put("items", day.items().stream().map(item -> item(text, item, links)).toList());
        out.put("label", text.message("jobcoach.web.schedule.day-cell", dayLabel(text, day.date()), day.items().size()));
        out.put("periods", day.within().stream().map(item -> text.label(item.qualifiers().isEmpty() ? item.kind()
                : item.qualifiers().get(0))).toList());
        return out;
    }

    private static Map<String, Object> item(ViewText text, CalendarItem item, Map<String, String> links) {
        Map<String, Object> out = new HashMap<>();
        out.put("kind", item.kind().slug());
        out.put("title", jp.jobcoach.workspace.web.CalendarTitles.title(item, text.locale(), (locale, key, args) -> text.message(key, args)));
        out.put("link", links.getOrDefault(item.uid(), ""));
        out.put("detail", item.detail() == null ? "" : item.detail());
        out.put("people", String.join(", ", item.peopleKeys().stream().map(text::person).toList()));
        out.put("dates", item.spansDays() ? text.message("jobcoach.web.schedule.span", item.date().toString(),
                item.endDate().toString()) : item.date().toString());
        out.put("uid", item.uid());
        return out;
    }

    private static Map<String, Object> rota(ViewText text, VisitRota rota) {
        Map<String, Object> out = new HashMap<>();
        out.put("next", text.message("jobcoach.web.schedule.rota.next", text.label(rota.next())));
        out.put("outside", rota.outsidePhases() == 0 ? "" : text.message("jobcoach.web.schedule.rota.outside", rota.outsidePhases()));
        out.put("phases", rota.phases().stream().map(phase -> {
            Map<String, Object> row = new HashMap<>();
            row.put("phase", text.label(phase.phase()));
            row.put("dates", text.message("jobcoach.web.schedule.span", phase.dates().start().toString(), phase.dates().end().toString()));
            row.put("frequency", String.join(" + ", phase.frequencies().stream().map(frequency -> frequency(text, frequency)).toList()));
            row.put("planned", phase.planned());
            row.put("done", phase.done());
            row.put("byPrimary", phase.byPrimary());
            row.put("bySecondary", phase.bySecondary());
            row.put("together", phase.together());
            row.put("byOthers", phase.byOthers());
            row.put("counts", text.message("jobcoach.web.schedule.rota.counts", phase.byPrimary(), phase.bySecondary(),
                    phase.together(), phase.byOthers()));
            row.put("repeats", phase.repeats() == 0 ? "" : text.message("jobcoach.web.schedule.rota.repeats", phase.repeats()));
            row.put("short", phase.shortfall() > 0);
            row.put("sequence", String.join(" → ", phase.visits().stream().map(visit -> shortBy(text, visit.by())).toList()));
            return row;
        }).toList());
        return out;
    }

    private static String frequency(ViewText text, VisitFrequency frequency) {
        return text.message("jobcoach.web.schedule.frequency", frequency.count(), text.label(frequency.per()));
    }

    private static String shortBy(ViewText text, VisitBy by) {
        return text.message("jobcoach.web.schedule.by-short." + by.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Map<String, Object> controls(ViewContext view, Model model) {
        ViewText text = view.text();
        Map<String, Object> out = new HashMap<>();
        out.put("path", "/cases/" + model.caseId() + "/calendar");
        out.put("caseId", model.caseId());
        out.put("feedPath", "/calendar-feeds");
        out.put("siteBase", view.siteBase());
        out.put("feeds", model.feeds().stream().map(feed -> Map.<String, Object>of("id", feed.id(), "version", feed.version(),
                "label", feed.value().label(),
                "scope", text.message(feed.value().isPersonal() ? "jobcoach.web.schedule.feed.scope.mine"
                        : "jobcoach.web.schedule.feed.scope.case"),
                "names", text.label(feed.value().names()), "created", text.when(feed.value().createdAt()))).toList());
        out.put("names", List.of(FeedNames.values()).stream().map(names -> Map.<String, Object>of("value", names.name(),
                "label", text.label(names), "checked", names == FeedNames.INITIALS)).toList());
        return out;
    }
}
