package jp.jobcoach.workspace.domain.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Stored;

/**
 * What a task analysis's sessions say, derived here and nowhere else, so the grid, the chart, the CSV, the case
 * panel and the timeline agree:
 * <ul>
 *   <li>per session, the independence rate: independent steps / observed steps (none when nothing was observed);</li>
 *   <li>per step, the streak: how many of its latest observed sessions in a row were independent (a session that
 *       did not observe it neither breaks nor extends the streak); <b>ready to fade</b> when the streak reaches the
 *       analysis's threshold; <b>regressed</b> when its latest observation needed more help than the one before;</li>
 *   <li>for the analysis, the trend of the rate (latest against the previous rated session) and how many steps still
 *       taught are ready to fade.</li>
 * </ul>
 * Sessions count in the order of their day, then of their id (the order they were recorded in); the steps' order
 * and their wording do not matter, since every level names its step's stable id.
 */
public final class TaskProgress {
    private final TaskAnalysis analysis;
    private final List<Stored<TaskSession>> sessions;
    private final Map<Long, StepProgress> steps = new LinkedHashMap<>();

    /** One step's figures. {@code levels} has one entry per session, oldest first, NOT_OBSERVED where not seen. */
    public record StepProgress(TaskStep step, List<PromptLevel> levels, int streak, boolean readyToFade,
                               boolean regressed, PromptLevel latest) {

        /** Whether the level in session {@code index} needed more help than the step's previous observed level. */
        public boolean regressedAt(int index) {
            PromptLevel level = levels.get(index);
            for (int earlier = index - 1; earlier >= 0; earlier--) {
                if (levels.get(earlier).observed()) {
                    return level.moreHelpThan(levels.get(earlier));
                }
            }
            return false;
        }
    }

    private TaskProgress(TaskAnalysis analysis, List<Stored<TaskSession>> sessions) {
        this.analysis = analysis;
        this.sessions = sessions;
        for (TaskStep step : analysis.steps()) {
            steps.put(step.id(), progress(step));
        }
    }

    /** The figures of {@code analysis} over {@code sessions}, in any order. */
    public static TaskProgress of(TaskAnalysis analysis, List<Stored<TaskSession>> sessions) {
        List<Stored<TaskSession>> ordered = new ArrayList<>(sessions);
        ordered.sort(Comparator.comparing((Stored<TaskSession> each) -> each.value().date()).thenComparingLong(Stored::id));
        return new TaskProgress(analysis, List.copyOf(ordered));
    }

    public TaskAnalysis analysis() {
        return analysis;
    }

    /** Oldest first. */
    public List<Stored<TaskSession>> sessions() {
        return sessions;
    }

    /** Every step of the analysis, retired ones included, in the analysis's order. */
    public List<StepProgress> steps() {
        return List.copyOf(steps.values());
    }

    public StepProgress step(long stepId) {
        StepProgress progress = steps.get(stepId);
        if (progress == null) {
            throw new IllegalArgumentException("no step " + stepId);
        }
        return progress;
    }

    /**
     * The rate of session {@code index} (oldest is 0): its independent steps among its observed ones, whatever steps
     * the analysis has now (a level of a step retired since still counts in its session).
     */
    public Optional<IndependenceRate> rate(int index) {
        return rate(sessions.get(index).value());
    }

    public static Optional<IndependenceRate> rate(TaskSession session) {
        int observed = 0;
        int independent = 0;
        for (StepObservation observation : session.observations()) {
            PromptLevel level = observation.level();
            if (level.observed()) {
                observed++;
                independent += level.independent() ? 1 : 0;
            }
        }
        return observed == 0 ? Optional.empty() : Optional.of(new IndependenceRate(independent, observed));
    }

    /** The rate of the newest session that has one. */
    public Optional<IndependenceRate> latestRate() {
        List<IndependenceRate> rates = rates();
        return rates.isEmpty() ? Optional.empty() : Optional.of(rates.get(rates.size() - 1));
    }

    /** The newest rate against the one before it. */
    public Trend trend() {
        List<IndependenceRate> rates = rates();
        if (rates.size() < 2) {
            return Trend.NONE;
        }
        int compared = rates.get(rates.size() - 1).compareTo(rates.get(rates.size() - 2));
        return compared > 0 ? Trend.RISING : compared < 0 ? Trend.FALLING : Trend.STEADY;
    }

    /** The steps still taught whose streak reached the threshold, in order. */
    public List<StepProgress> readyToFade() {
        return steps.values().stream().filter(each -> !each.step().retired() && each.readyToFade()).toList();
    }

    public int readyToFadeCount() {
        return readyToFade().size();
    }

    /** The steps still taught whose latest observation needed more help than the one before. */
    public List<StepProgress> regressed() {
        return steps.values().stream().filter(each -> !each.step().retired() && each.regressed()).toList();
    }

    /** The rates of the sessions that have one, oldest first. */
    private List<IndependenceRate> rates() {
        List<IndependenceRate> rates = new ArrayList<>();
        sessions.forEach(stored -> rate(stored.value()).ifPresent(rates::add));
        return rates;
    }

    private StepProgress progress(TaskStep step) {
        List<PromptLevel> levels = sessions.stream().map(stored -> stored.value().levelOf(step.id())).toList();
        List<PromptLevel> observed = levels.stream().filter(PromptLevel::observed).toList();
        int streak = 0;
        for (int index = observed.size() - 1; index >= 0 && observed.get(index).independent(); index--) {
            streak++;
        }
        boolean regressed = observed.size() >= 2
                && observed.get(observed.size() - 1).moreHelpThan(observed.get(observed.size() - 2));
        PromptLevel latest = observed.isEmpty() ? PromptLevel.NOT_OBSERVED : observed.get(observed.size() - 1);
        return new StepProgress(step, levels, streak, streak >= analysis.fadingThreshold(), regressed, latest);
    }
}
