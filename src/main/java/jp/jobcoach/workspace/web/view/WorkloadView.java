package jp.jobcoach.workspace.web.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.CapacityLimits;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.workload.TaskOutcome;
import jp.jobcoach.workspace.domain.workload.WeekTask;
import jp.jobcoach.workspace.domain.workload.WeekTrend;
import jp.jobcoach.workspace.domain.workload.WorkWeek;
import jp.jobcoach.workspace.domain.workload.WorkloadSignal;
import jp.jobcoach.workspace.service.WorkloadService.WeekOverview;

/**
 * The workload of a case ({@code jobcoach-workload}): one week's planned against actual hours against the capacity the
 * accommodations allow, day by day, as inline SVG (so it reads the same in PDF, Word and email); the week's signals
 * with their reasons; its tasks; the 12-week trend, also as SVG; and, in a browser for those whose role allows it, the
 * forms to plan the week, enter the actuals and carry the open tasks over, each saving in place (the week is shown
 * again as the server renders it). Builds the model that {@code templates/jobcoach/workload.vm} renders.
 */
public final class WorkloadView {
    public static final String MACRO = "workload";
    static final String TEMPLATE = "templates/jobcoach/workload.vm";
    static final String WEEK_TEMPLATE = "templates/jobcoach/workload-week.vm";
    /** Blank task rows offered in the plan form, so tasks can be added without a script building rows. */
    static final int SPARE_TASKS = 3;

    private static final int DAY_STEP = 64;
    private static final int BAR = 18;
    private static final int CHART_TOP = 14;
    private static final int CHART_HEIGHT = 150;
    private static final int LEFT = 34;
    private static final int TREND_STEP = 46;

    /** The week as the service answered, the case's team (for names and the assigner choice). */
    public record Model(long caseId, WeekOverview overview, Team team) {
    }

    private WorkloadView() {
    }

    /** The whole macro: its frame and the week. */
    public static String render(ViewContext view, Model model) {
        // the CSV of every week, in a browser only (not in PDF, Word or mail): the frame's, so a refresh keeps it
        return view.render(TEMPLATE, Map.of("week", week(view, model), "csvUrl", view.interactive()
                ? view.restBase() + "/cases/" + model.caseId() + "/workload/export.csv" : ""));
    }

    /** The week alone, as the macro shows it: what a save, or a move to another week, puts in its place. */
    public static String renderWeek(ViewContext view, Model model) {
        return view.render(WEEK_TEMPLATE, Map.of("week", week(view, model)));
    }

    private static Map<String, Object> week(ViewContext view, Model model) {
        ViewText text = view.text();
        WeekOverview overview = model.overview();
        WorkWeek week = overview.value();
        boolean interactive = view.interactive();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "jobcoach-workload-" + model.caseId());
        m.put("title", text.message("jobcoach.web.workload.week-of", text.day(week.start()), text.day(week.end())));
        m.put("interactive", interactive);
        m.put("recordPath", path(model.caseId(), overview.start()));
        m.put("previous", overview.start().minusWeeks(1).toString());
        m.put("next", overview.start().plusWeeks(1).toString());
        m.put("thisWeek", WorkWeek.weekOf(overview.today()).toString());
        m.put("isThisWeek", overview.start().equals(WorkWeek.weekOf(overview.today())));
        m.put("recorded", overview.week().isPresent());
        m.put("limits", CapacityText.limits(text, overview.dayLimits().get(0)));
        m.put("limitsChange", overview.dayLimits().stream().distinct().count() > 1);
        m.put("totals", text.message("jobcoach.web.workload.totals", CapacityText.hours(week.plannedTotal()),
                week.hasActuals() ? CapacityText.hours(week.actualTotal()) : "—",
                overview.weekCapacity() == null ? "—" : CapacityText.hours(overview.weekCapacity())));
        m.put("chart", weekChart(text, overview));
        m.put("signals", overview.signals().stream().map(signal -> signal(text, signal)).toList());
        m.put("seesTasks", overview.seesTasks());
        m.put("taskHeaders", List.of(text.field("tasks.title"), text.field("tasks.estimatedHours"), text.field("tasks.due"),
                text.field("tasks.assignedBy"), text.field("outcomes"), text.field("tasks.taskAnalysisId")));
        m.put("tasks", week.tasks().stream().map(task -> task(text, task, overview)).toList());
        m.put("note", week.note() == null ? "" : week.note());
        m.put("trend", trendChart(text, overview.trend()));
        boolean forms = interactive && overview.seesTasks();
        m.put("planForm", forms && overview.writesPlan() ? planForm(text, model) : Map.of());
        m.put("actualsForm", forms && overview.entersActuals() ? actualsForm(text, model) : Map.of());
        m.put("carryForm", forms && overview.carriesOver() && overview.week().isPresent()
                && !week.toCarryOver().isEmpty() ? carryForm(text, model) : Map.of());
        return m;
    }

    static Map<String, Object> signal(ViewText text, WorkloadSignal signal) {
        return Map.of("kind", signal.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "label", text.label(signal.kind()), "reason", reason(text, signal), "tasks", signal.tasks());
    }

    /** The reason in the reader's language; hours without ".0", days as ISO text. */
    static String reason(ViewText text, WorkloadSignal signal) {
        Serializable[] args = signal.args().stream().map(arg -> arg instanceof Double hours ? CapacityText.hours(hours)
                : arg instanceof LocalDate day ? text.day(day) : arg).toArray(Serializable[]::new);
        return text.message(signal.reasonKey(), args);
    }

    private static Map<String, Object> task(ViewText text, WeekTask task, WeekOverview overview) {
        String outcome = text.label(task.outcome());
        if (task.carriedFrom() != null) {
            outcome = outcome + " · " + text.message("jobcoach.web.workload.carried-from", text.day(task.carriedFrom()));
        }
        return Map.of("title", task.title(), "hours", CapacityText.hours(task.estimatedHours()), "due", text.day(task.due()),
                "assignedBy", text.person(task.assignedBy()), "outcome", outcome,
                "open", task.isOpen(), "analysis", analysis(text, task, overview));
    }

    /**
     * The linked analysis by its title, for one who sees the case's analyses; for anyone else only that one is linked
     * (its title, and which analyses the case has, are TASK_ANALYSIS).
     */
    static String analysis(ViewText text, WeekTask task, WeekOverview overview) {
        if (task.taskAnalysisId() == null) {
            return "—";
        }
        if (!overview.seesAnalyses()) {
            return text.message("jobcoach.web.workload.analysis-linked");
        }
        String title = overview.analyses().get(task.taskAnalysisId());
        return title == null ? text.message("jobcoach.web.workload.analysis-linked") : title;
    }

    /**
     * Seven columns, Monday first: the planned bar (light), the actual bar (dark; red over the day's capacity) and the
     * capacity as a dashed line across the column; the hour scale fits the largest of them, at least a standard day.
     */
    private static Map<String, Object> weekChart(ViewText text, WeekOverview overview) {
        WorkWeek week = overview.value();
        double top = CapacityLimits.STANDARD_DAY_HOURS;
        for (int day = 0; day < WorkWeek.DAYS; day++) {
            top = Math.max(top, Math.max(orZero(week.plannedHours().get(day)), orZero(week.actualHours().get(day))));
            top = Math.max(top, orZero(overview.dayLimits().get(day).dayCapacity()));
        }
        double scale = Math.ceil(top / 2) * 2;
        List<Map<String, Object>> days = new ArrayList<>();
        for (int day = 0; day < WorkWeek.DAYS; day++) {
            int x = LEFT + day * DAY_STEP;
            Double planned = week.plannedHours().get(day);
            Double actual = week.actualHours().get(day);
            Double capacity = overview.dayLimits().get(day).dayCapacity();
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("label", text.message("jobcoach.web.workload.day." + (day + 1)));
            column.put("date", week.day(day).getDayOfMonth());
            column.put("labelX", x + DAY_STEP / 2 - 4);
            column.put("plannedX", x + 6);
            column.put("plannedY", y(orZero(planned), scale));
            column.put("plannedHeight", height(orZero(planned), scale));
            column.put("actualX", x + 6 + BAR + 2);
            column.put("hasActual", actual != null);
            column.put("actualY", y(orZero(actual), scale));
            column.put("actualHeight", height(orZero(actual), scale));
            column.put("over", actual != null && capacity != null && actual > capacity
                    || planned != null && capacity != null && planned > capacity);
            column.put("hasCapacity", capacity != null);
            column.put("capacityX1", x + 2);
            column.put("capacityX2", x + DAY_STEP - 8);
            column.put("capacityY", y(orZero(capacity), scale));
            column.put("tooltip", text.message("jobcoach.web.workload.day-tooltip", text.day(week.day(day)),
                    CapacityText.hours(orZero(planned)), actual == null ? "—" : CapacityText.hours(actual),
                    capacity == null ? "—" : CapacityText.hours(capacity)));
            days.add(column);
        }
        List<Map<String, Object>> ticks = IntStream.rangeClosed(0, (int) scale / 2).mapToObj(tick -> Map.<String, Object>of(
                "y", y(tick * 2, scale), "textY", y(tick * 2, scale) + 4, "label", tick * 2)).toList();
        return Map.of("title", text.message("jobcoach.web.workload.chart"), "width", LEFT + WorkWeek.DAYS * DAY_STEP,
                "height", CHART_TOP + CHART_HEIGHT + 30, "axisY", CHART_TOP + CHART_HEIGHT + 14,
                "dateY", CHART_TOP + CHART_HEIGHT + 27, "days", days, "ticks", ticks, "gridX2", LEFT + WorkWeek.DAYS * DAY_STEP,
                "legend", List.of(Map.of("kind", "planned", "text", text.message("jobcoach.web.workload.legend.planned")),
                        Map.of("kind", "actual", "text", text.message("jobcoach.web.workload.legend.actual")),
                        Map.of("kind", "capacity", "text", text.message("jobcoach.web.workload.legend.capacity"))));
    }

    /** Twelve columns, oldest first: planned and actual hours of the week, its capacity, and its open tasks. */
    private static Map<String, Object> trendChart(ViewText text, WeekTrend trend) {
        double top = CapacityLimits.STANDARD_DAY_HOURS * 5;
        for (WeekTrend.Point point : trend.points()) {
            top = Math.max(top, Math.max(point.planned(), Math.max(orZero(point.actual()), orZero(point.capacity()))));
        }
        double scale = Math.ceil(top / 10) * 10;
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (int index = 0; index < trend.points().size(); index++) {
            WeekTrend.Point point = trend.points().get(index);
            int x = LEFT + index * TREND_STEP;
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("label", point.week().getMonthValue() + "/" + point.week().getDayOfMonth());
            column.put("labelX", x + TREND_STEP / 2);
            column.put("plannedX", x + 6);
            column.put("plannedY", y(point.planned(), scale));
            column.put("plannedHeight", height(point.planned(), scale));
            column.put("hasActual", point.actual() != null);
            column.put("actualX", x + 6 + 15);
            column.put("actualY", y(orZero(point.actual()), scale));
            column.put("actualHeight", height(orZero(point.actual()), scale));
            column.put("over", point.actual() != null && point.capacity() != null && point.actual() > point.capacity());
            column.put("hasCapacity", point.capacity() != null);
            column.put("capacityX1", x + 2);
            column.put("capacityX2", x + TREND_STEP - 6);
            column.put("capacityY", y(orZero(point.capacity()), scale));
            column.put("open", point.recorded() ? String.valueOf(point.openTasks()) : "");
            column.put("tooltip", text.message("jobcoach.web.workload.week-tooltip", text.day(point.week()),
                    CapacityText.hours(point.planned()), point.actual() == null ? "—" : CapacityText.hours(point.actual()),
                    point.capacity() == null ? "—" : CapacityText.hours(point.capacity()), point.openTasks(),
                    CapacityText.hours(point.doneTaskHours())));
            weeks.add(column);
        }
        List<Map<String, Object>> ticks = IntStream.rangeClosed(0, (int) scale / 10).mapToObj(tick -> Map.<String, Object>of(
                "y", y(tick * 10, scale), "textY", y(tick * 10, scale) + 4, "label", tick * 10)).toList();
        return Map.of("title", text.message("jobcoach.web.workload.trend", WeekTrend.WEEKS), "width",
                LEFT + trend.points().size() * TREND_STEP, "height", CHART_TOP + CHART_HEIGHT + 44,
                "axisY", CHART_TOP + CHART_HEIGHT + 14, "openY", CHART_TOP + CHART_HEIGHT + 30, "openLabelY", CHART_TOP + CHART_HEIGHT + 40,
                "openLabel", text.message("jobcoach.web.workload.open-tasks"), "weeks", weeks, "ticks", ticks,
                "gridX2", LEFT + trend.points().size() * TREND_STEP);
    }

    private static Map<String, Object> planForm(ViewText text, Model model) {
        WeekOverview overview = model.overview();
        WorkWeek week = overview.value();
        String base = path(model.caseId(), overview.start());
        Form form = new Form("jobcoach-workload-plan-" + model.caseId(), "PUT", base + "/plan")
                .conflict("value", "version").record(base).keep("plan.tasks[]")
                .hidden("version", String.valueOf(overview.version()), "int");
        for (int day = 0; day < WorkWeek.DAYS; day++) {
            form.input("plan.plannedHours." + day, "plannedHours[" + day + "]",
                    text.message("jobcoach.web.workload.planned-on", text.message("jobcoach.web.workload.day." + (day + 1)),
                            text.day(week.day(day))), "text", CapacityText.hours(week.plannedHours().get(day)));
        }
        List<Form.Option> assigners = assigners(text, model.team());
        List<WeekTask> rows = new ArrayList<>(week.tasks());
        IntStream.range(0, SPARE_TASKS).forEach(spare -> rows.add(null));
        for (int index = 0; index < rows.size(); index++) {
            WeekTask task = rows.get(index);
            int number = index + 1;
            String name = "plan.tasks.#.";
            form.item("tasks", text.message("jobcoach.web.workload.task-n", number),
                    task == null ? null : text.message("jobcoach.web.workload.keep-task"), true, item -> {
                        if (task != null) {
                            item.hidden(name + "id", String.valueOf(task.id()), "int");
                        }
                        item.input(name + "title", "tasks[#].title", text.field("tasks.title"), "text", task == null ? "" : task.title())
                                .input(name + "estimatedHours", "tasks[#].estimatedHours", text.field("tasks.estimatedHours"), "text",
                                        task == null ? "" : CapacityText.hours(task.estimatedHours()))
                                .input(name + "due", "tasks[#].due", text.field("tasks.due"), "date",
                                        task == null ? "" : Objects.toString(task.due(), ""))
                                .select(name + "assignedBy", "tasks[#].assignedBy", text.field("tasks.assignedBy"),
                                        task == null ? withBlank(text, assigners) : assigners, task == null ? "" : task.assignedBy());
                        linkField(text, item, name, task, overview);
                    });
        }
        return form.textarea("plan.note", "note", text.field("note"), week.note())
                .render(text.message("jobcoach.web.workload.plan-legend"), text.message("jobcoach.web.workload.save-plan"));
    }

    /**
     * The linked analysis: a choice among the case's analyses by title for one who sees them; for anyone else the link
     * is sent back as it is (a new task links none), and the service refuses a change.
     */
    private static void linkField(ViewText text, Form item, String name, WeekTask task, WeekOverview overview) {
        String linked = task == null || task.taskAnalysisId() == null ? "" : String.valueOf(task.taskAnalysisId());
        if (!overview.seesAnalyses()) {
            if (!linked.isEmpty()) {
                item.hidden(name + "taskAnalysisId", linked, "int");
            }
            return;
        }
        List<Form.Option> options = new ArrayList<>();
        options.add(new Form.Option("", text.message("jobcoach.web.workload.no-analysis")));
        overview.analyses().forEach((id, title) -> options.add(new Form.Option(String.valueOf(id), title)));
        item.select(name + "taskAnalysisId", "tasks[#].taskAnalysisId", text.field("tasks.taskAnalysisId"), options, linked);
    }

    private static Map<String, Object> actualsForm(ViewText text, Model model) {
        WeekOverview overview = model.overview();
        WorkWeek week = overview.value();
        String base = path(model.caseId(), overview.start());
        Form form = new Form("jobcoach-workload-actuals-" + model.caseId(), "PUT", base + "/actuals")
                .conflict("value", "version").record(base).keep("actuals.outcomes[]")
                .hidden("version", String.valueOf(overview.version()), "int");
        for (int day = 0; day < WorkWeek.DAYS; day++) {
            form.input("actuals.actualHours." + day, "actualHours[" + day + "]",
                    text.message("jobcoach.web.workload.worked-on", text.message("jobcoach.web.workload.day." + (day + 1)),
                            text.day(week.day(day))), "text", CapacityText.hours(week.actualHours().get(day)));
        }
        List<Form.Option> outcomes = java.util.Arrays.stream(TaskOutcome.values())
                .map(outcome -> new Form.Option(outcome.name(), text.label(outcome))).toList();
        for (WeekTask task : week.tasks()) {
            form.item("outcomes", ViewText.isolated(task.title()), null, true, item -> item
                    .hidden("actuals.outcomes.#.task", String.valueOf(task.id()), "int")
                    .select("actuals.outcomes.#.outcome", "outcomes[" + task.id() + "]",
                            text.message("jobcoach.web.workload.outcome-of", ViewText.isolated(task.title())), outcomes,
                            task.outcome().name()));
        }
        return form.render(text.message("jobcoach.web.workload.actuals-legend"), text.message("jobcoach.web.workload.save-actuals"));
    }

    private static Map<String, Object> carryForm(ViewText text, Model model) {
        WeekOverview overview = model.overview();
        String base = path(model.caseId(), overview.start());
        int open = overview.value().toCarryOver().size();
        return new Form("jobcoach-workload-carry-" + model.caseId(), "POST", base + "/carry-over")
                .record(base).message("conflict", text.message("jobcoach.web.conflict-reload"))
                .hidden("version", String.valueOf(overview.version()), "int")
                .confirm(text.message("jobcoach.web.workload.carry-confirm", open, text.day(overview.start().plusWeeks(1))))
                .secondary()
                .render(null, text.message("jobcoach.web.workload.carry", open));
    }

    private static List<Form.Option> assigners(ViewText text, Team team) {
        return team.members().stream().map(TeamMember::userKey).distinct()
                .map(key -> new Form.Option(key, text.person(key))).toList();
    }

    private static List<Form.Option> withBlank(ViewText text, List<Form.Option> options) {
        List<Form.Option> all = new ArrayList<>();
        all.add(new Form.Option("", text.message("jobcoach.web.workload.assigned-by-me")));
        all.addAll(options);
        return all;
    }

    private static String path(long caseId, LocalDate week) {
        return "/cases/" + caseId + "/workload/" + week;
    }

    private static double orZero(Double hours) {
        return hours == null ? 0 : hours;
    }

    private static int y(double hours, double scale) {
        return CHART_TOP + CHART_HEIGHT - height(hours, scale);
    }

    private static int height(double hours, double scale) {
        return (int) Math.round(hours / scale * CHART_HEIGHT);
    }
}
