package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.task.AnalysisStatus;
import jp.jobcoach.workspace.domain.task.IndependenceRate;
import jp.jobcoach.workspace.domain.task.PromptLevel;
import jp.jobcoach.workspace.domain.task.StepObservation;
import jp.jobcoach.workspace.domain.task.TaskAnalysis;
import jp.jobcoach.workspace.domain.task.TaskProgress;
import jp.jobcoach.workspace.domain.task.TaskSession;
import jp.jobcoach.workspace.domain.task.TaskStep;
import jp.jobcoach.workspace.service.TaskAnalysisService.Sheet;

/**
 * The task analyses of a case ({@code jobcoach-task-analysis}): per analysis its details, a summary (latest independence
 * rate, trend, steps ready to fade), an inline SVG chart of the rate over the sessions, the grid (steps as rows, sessions
 * as columns, newest right, each cell its level as number, label and colour), the steps' details with a strip of their
 * levels, and, for those who edit TASK_ANALYSIS in a browser, the grid's recording column and the forms to create and
 * edit an analysis. Static output (PDF, Word, mail) gets the newest {@link #STATIC_SESSIONS} sessions and no controls.
 * Builds the models {@code templates/jobcoach/task-analysis.vm} and {@code task-analysis-sheet.vm} render.
 */
public final class TaskAnalysisView {
    public static final String MACRO = "task-analysis";
    static final String TEMPLATE = "templates/jobcoach/task-analysis.vm";
    static final String SHEET_TEMPLATE = "templates/jobcoach/task-analysis-alone.vm";
    /** The sessions an A4 landscape page holds beside the step column. */
    public static final int STATIC_SESSIONS = 12;
    /** Blank step rows in the forms, so steps are added without a script building rows. */
    private static final int SPARE_STEPS = 3;
    private static final int CHART_LEFT = 36;
    private static final int CHART_STEP = 28;
    private static final int CHART_TOP = 10;
    private static final int CHART_HEIGHT = 100;
    private static final int STRIP_CELL = 10;

    /** The case's analyses and whether the viewer records them, on which day (a new session's default). */
    public record Model(long caseId, List<Sheet> sheets, boolean mayEdit, LocalDate today) {
    }

    private TaskAnalysisView() {
    }

    public static String render(ViewContext view, Model model) {
        boolean editable = view.interactive() && model.mayEdit();
        ViewText text = view.text();
        Map<String, Object> context = new HashMap<>();
        context.put("editable", editable);
        context.put("csvUrl", view.interactive() && !model.sheets().isEmpty()
                ? view.restBase() + "/cases/" + model.caseId() + "/task-analyses/export.csv" : "");
        context.put("newForm", editable ? analysisForm(text, model.caseId(), null) : Map.of());
        context.put("legend", legend(text));
        context.put("sheets", model.sheets().stream().map(sheet -> sheet(view, model, sheet, editable)).toList());
        return view.render(TEMPLATE, context);
    }

    /** One analysis's worksheet alone, as the script puts it in place of the old one after a save. */
    public static String renderSheet(ViewContext view, Model model) {
        boolean editable = view.interactive() && model.mayEdit();
        return view.render(SHEET_TEMPLATE, Map.of("sheet", sheet(view, model, model.sheets().get(0), editable),
                "editable", editable, "legend", legend(view.text())));
    }

    /** The scale as the legend shows it and the script reads it: number, labels, colours. */
    private static List<Map<String, Object>> legend(ViewText text) {
        List<PromptLevel> levels = new ArrayList<>(PromptLevel.observedLevels());
        java.util.Collections.reverse(levels);
        levels.add(PromptLevel.NOT_OBSERVED);
        return levels.stream().map(level -> Map.<String, Object>of("score", score(level), "label", text.label(level),
                "short", text.message(level.shortKey()), "background", level.background(), "foreground", level.foreground(),
                "key", level.observed() ? score(level) : "-")).toList();
    }

    private static Map<String, Object> sheet(ViewContext view, Model model, Sheet sheet, boolean editable) {
        ViewText text = view.text();
        Stored<TaskAnalysis> stored = sheet.analysis();
        TaskAnalysis analysis = stored.value();
        TaskProgress progress = sheet.progress();
        List<Stored<TaskSession>> all = progress.sessions();
        int first = view.interactive() ? 0 : Math.max(0, all.size() - STATIC_SESSIONS);
        List<Integer> shown = IntStream.range(first, all.size()).boxed().toList();
        boolean recording = editable && analysis.status() == AnalysisStatus.ACTIVE;
        String base = "/cases/" + stored.caseId() + "/task-analyses/" + stored.id();

        Map<String, Object> sheetModel = new HashMap<>();
        sheetModel.put("id", String.valueOf(stored.id()));
        sheetModel.put("version", String.valueOf(stored.version()));
        sheetModel.put("title", orEmpty(analysis.title()));
        sheetModel.put("status", text.label(analysis.status()));
        sheetModel.put("active", analysis.status() == AnalysisStatus.ACTIVE);
        sheetModel.put("goal", orEmpty(analysis.goal()));
        sheetModel.put("setting", orEmpty(analysis.setting()));
        sheetModel.put("instructor", orEmpty(analysis.instructor()));
        sheetModel.put("threshold", text.message("jobcoach.web.task.threshold", analysis.fadingThreshold()));
        sheetModel.put("latestRate", progress.latestRate().map(rate -> rateText(text, rate)).orElse("—"));
        sheetModel.put("trend", text.label(progress.trend()));
        sheetModel.put("ready", text.message("jobcoach.web.task.ready-count", progress.readyToFadeCount()));
        sheetModel.put("readySteps", progress.readyToFade().stream().map(step -> orEmpty(step.step().action())).toList());
        sheetModel.put("regressedSteps", progress.regressed().stream().map(step -> orEmpty(step.step().action())).toList());
        sheetModel.put("olderHidden", first > 0 ? text.message("jobcoach.web.task.older-hidden", first) : "");
        sheetModel.put("chart", chart(text, progress, shown).orElse(Map.of()));
        sheetModel.put("columns", shown.stream().map(index -> column(text, progress, index, editable, base)).toList());
        sheetModel.put("rows", rows(text, progress, shown, recording));
        sheetModel.put("recording", recording);
        sheetModel.put("sheetPath", base + "/html");
        sheetModel.put("sessionsPath", base + "/sessions");
        sheetModel.put("today", model.today().toString());
        sheetModel.put("newRate", text.message("jobcoach.web.task.rate-none"));
        sheetModel.put("editForm", editable ? analysisForm(text, stored.caseId(), stored) : Map.of());
        sheetModel.put("gridLabel", text.message("jobcoach.web.task.grid-label", analysis.title()));
        return sheetModel;
    }

    private static Map<String, Object> column(ViewText text, TaskProgress progress, int index, boolean editable, String base) {
        Stored<TaskSession> stored = progress.sessions().get(index);
        TaskSession session = stored.value();
        Optional<IndependenceRate> rate = progress.rate(index);
        Map<String, Object> column = new HashMap<>();
        column.put("id", String.valueOf(stored.id()));
        column.put("version", String.valueOf(stored.version()));
        column.put("day", text.day(session.date()));
        column.put("date", session.date().toString());
        column.put("recorder", text.person(session.recorderKey()));
        column.put("role", session.recorderRole() == null ? "" : text.label(session.recorderRole()));
        column.put("minutes", session.durationMinutes() == null ? "" : String.valueOf(session.durationMinutes()));
        column.put("minutesText", session.durationMinutes() == null ? ""
                : text.message("jobcoach.web.task.minutes", session.durationMinutes()));
        column.put("note", orEmpty(session.note()));
        column.put("rate", rate.map(each -> each.percent() + "%").orElse("—"));
        column.put("rateDetail", rate.map(each -> rateText(text, each)).orElse(text.message("jobcoach.web.task.rate-none")));
        column.put("path", base + "/sessions/" + stored.id());
        column.put("editable", editable);
        return column;
    }

    private static List<Map<String, Object>> rows(ViewText text, TaskProgress progress, List<Integer> shown, boolean recording) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 0;
        for (TaskProgress.StepProgress step : progress.steps()) {
            TaskStep value = step.step();
            number += value.retired() ? 0 : 1;
            Map<String, Object> row = new HashMap<>();
            row.put("id", String.valueOf(value.id()));
            row.put("number", value.retired() ? "" : String.valueOf(number));
            row.put("action", orEmpty(value.action()));
            row.put("toolPlace", orEmpty(value.toolPlace()));
            row.put("keyPoint", orEmpty(value.keyPoint()));
            row.put("cue", orEmpty(value.cue()));
            row.put("supporter", orEmpty(value.supporter()));
            row.put("aids", orEmpty(value.aids()));
            row.put("retired", value.retired());
            row.put("streak", step.streak());
            row.put("streakText", text.message("jobcoach.web.task.streak", step.streak()));
            row.put("readyToFade", step.readyToFade() && !value.retired());
            row.put("regressed", step.regressed() && !value.retired());
            row.put("cells", shown.stream().map(index -> cell(text, step, progress.sessions().get(index).value(), index)).toList());
            row.put("recordable", recording && !value.retired());
            row.put("strip", strip(text, step, progress, shown));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> cell(ViewText text, TaskProgress.StepProgress step, TaskSession session, int index) {
        PromptLevel level = step.levels().get(index);
        Optional<StepObservation> observation = session.observation(step.step().id());
        Map<String, Object> cell = new HashMap<>();
        cell.put("score", score(level));
        cell.put("short", text.message(level.shortKey()));
        cell.put("label", text.label(level));
        cell.put("background", level.background());
        cell.put("foreground", level.foreground());
        cell.put("regressed", step.regressedAt(index));
        cell.put("errors", observation.map(StepObservation::errors).map(String::valueOf).orElse(""));
        cell.put("note", observation.map(StepObservation::note).map(TaskAnalysisView::orEmpty).orElse(""));
        cell.put("stepId", String.valueOf(step.step().id()));
        cell.put("retired", step.step().retired());
        return cell;
    }

    /** A strip of the step's levels over the shown sessions: one coloured square each (the grid has them in words). */
    private static Map<String, Object> strip(ViewText text, TaskProgress.StepProgress step, TaskProgress progress,
                                             List<Integer> shown) {
        List<Map<String, Object>> squares = new ArrayList<>();
        for (int position = 0; position < shown.size(); position++) {
            int index = shown.get(position);
            PromptLevel level = step.levels().get(index);
            squares.add(Map.of("x", position * STRIP_CELL, "colour", level.strong()));
        }
        return Map.of("width", Math.max(STRIP_CELL, shown.size() * STRIP_CELL), "squares", squares,
                "title", text.message("jobcoach.web.task.strip", step.step().action() == null ? "" : step.step().action()));
    }

    /** The rate over the shown sessions, 0 to 100 %, with a point per session that has a rate. */
    private static Optional<Map<String, Object>> chart(ViewText text, TaskProgress progress, List<Integer> shown) {
        List<Map<String, Object>> points = new ArrayList<>();
        List<Map<String, Object>> labels = new ArrayList<>();
        for (int position = 0; position < shown.size(); position++) {
            int index = shown.get(position);
            int x = CHART_LEFT + CHART_STEP / 2 + position * CHART_STEP;
            Optional<IndependenceRate> rate = progress.rate(index);
            if (rate.isPresent()) {
                int y = CHART_TOP + (int) Math.round(CHART_HEIGHT * (1 - rate.get().fraction()));
                points.add(Map.of("x", x, "y", y, "percent", rate.get().percent(), "title",
                        text.day(progress.sessions().get(index).value().date()) + ": " + rateText(text, rate.get())));
            }
            labels.add(Map.of("x", x, "text", shortDay(progress.sessions().get(index).value().date())));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        int width = CHART_LEFT + CHART_STEP * shown.size() + 12;
        return Optional.of(Map.of("title", text.message("jobcoach.web.task.chart"), "width", width,
                "height", CHART_TOP + CHART_HEIGHT + 26, "points", points, "labels", labels,
                "line", points.stream().map(point -> point.get("x") + "," + point.get("y")).collect(Collectors.joining(" ")),
                "lines", List.of(gridLine(100, width), gridLine(50, width), gridLine(0, width)),
                "axisY", CHART_TOP + CHART_HEIGHT + 20));
    }

    private static Map<String, Object> gridLine(int percent, int width) {
        return Map.of("y", CHART_TOP + CHART_HEIGHT * (100 - percent) / 100, "label", percent + "%", "x2", width - 6,
                "labelY", CHART_TOP + CHART_HEIGHT * (100 - percent) / 100 + 4);
    }

    private static String shortDay(LocalDate day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth();
    }

    static String rateText(ViewText text, IndependenceRate rate) {
        return text.message("jobcoach.web.task.rate", rate.percent(), rate.independent(), rate.observed());
    }

    private static String score(PromptLevel level) {
        return level.observed() ? String.valueOf(level.score().getAsInt()) : "";
    }

    /** The create form when {@code stored} is null, else the edit form with the steps in order and spare rows after them. */
    private static Map<String, Object> analysisForm(ViewText text, long caseId, Stored<TaskAnalysis> stored) {
        TaskAnalysis value = stored == null ? new TaskAnalysis("", "", "", "", TaskAnalysis.DEFAULT_THRESHOLD,
                AnalysisStatus.ACTIVE, List.of()) : stored.value();
        String path = "/cases/" + caseId + "/task-analyses" + (stored == null ? "" : "/" + stored.id());
        Form form = new Form("jobcoach-ta-" + (stored == null ? "new-" + caseId : stored.id() + "-edit"),
                stored == null ? "POST" : "PUT", path).conflict("value", "version").keep("analysis.steps[]");
        if (stored != null) {
            form.hidden("version", String.valueOf(stored.version()), "int");
        }
        form.input("analysis.title", "title", text.field("title"), "text", orEmpty(value.title()))
                .textarea("analysis.goal", "goal", text.field("goal"), value.goal())
                .input("analysis.setting", "setting", text.field("setting"), "text", orEmpty(value.setting()))
                .input("analysis.instructor", "instructor", text.field("instructor"), "text", orEmpty(value.instructor()))
                .number("analysis.fadingThreshold", "fadingThreshold", text.field("fadingThreshold"),
                        String.valueOf(value.fadingThreshold()))
                .select("analysis.status", "status", text.field("status"), java.util.Arrays.stream(AnalysisStatus.values())
                        .map(status -> new Form.Option(status.name(), text.label(status))).toList(), value.status().name());
        List<TaskStep> rows = new ArrayList<>(value.steps());
        IntStream.range(0, SPARE_STEPS).forEach(spare -> rows.add(TaskStep.of("")));
        for (int i = 0; i < rows.size(); i++) {
            stepItem(text, form, rows.get(i), i + 1);
        }
        return form.render(text.message(stored == null ? "jobcoach.web.task.new" : "jobcoach.web.task.edit"),
                text.message("jobcoach.web.save"));
    }

    /**
     * One step row: its id travels hidden, so rewording or moving it keeps its history; its order number moves it; a
     * stored step is retired, not removed, by choosing so. A blank new row is not sent.
     */
    private static void stepItem(ViewText text, Form form, TaskStep step, int number) {
        String name = "analysis.steps.#.";
        form.item("steps", text.message("jobcoach.web.task.step-n", number), null, true, item -> {
            if (!step.isNew()) {
                item.hidden(name + "id", String.valueOf(step.id()), "int");
            }
            item.number(name + "order", "steps[#].order", text.message("jobcoach.web.task.order"),
                            step.isNew() ? "" : String.valueOf(number))
                    .input(name + "action", "steps[#].action", text.field("steps.action"), "text", orEmpty(step.action()))
                    .input(name + "toolPlace", "steps[#].toolPlace", text.field("steps.toolPlace"), "text", orEmpty(step.toolPlace()))
                    .input(name + "keyPoint", "steps[#].keyPoint", text.field("steps.keyPoint"), "text", orEmpty(step.keyPoint()))
                    .input(name + "cue", "steps[#].cue", text.field("steps.cue"), "text", orEmpty(step.cue()))
                    .input(name + "supporter", "steps[#].supporter", text.field("steps.supporter"), "text", orEmpty(step.supporter()))
                    .input(name + "aids", "steps[#].aids", text.field("steps.aids"), "text", orEmpty(step.aids()));
            if (!step.isNew()) {
                item.select(name + "retired", "steps[#].retired", text.field("steps.retired"), List.of(
                        new Form.Option("false", text.message("jobcoach.web.task.taught")),
                        new Form.Option("true", text.message("jobcoach.web.task.retired"))), String.valueOf(step.retired()));
            }
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
