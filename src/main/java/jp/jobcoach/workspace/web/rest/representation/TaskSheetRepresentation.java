package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.task.IndependenceRate;
import jp.jobcoach.workspace.domain.task.TaskProgress;
import jp.jobcoach.workspace.domain.task.Trend;
import jp.jobcoach.workspace.service.TaskAnalysisService;

/**
 * A task analysis with what its sessions say: {@code {"analysis": stored analysis, "latestRate", "trend", "readyToFade",
 * "steps": [per-step figures], "sessions": [stored session + "rate"]}}, sessions oldest first. The list of a case's
 * analyses carries the same without {@code sessions}.
 */
public record TaskSheetRepresentation(StoredRepresentation<TaskAnalysisRepresentation> analysis, Rate latestRate, Trend trend,
                                      int readyToFade, List<StepFigures> steps, List<Session> sessions) {

    public static TaskSheetRepresentation from(TaskAnalysisService.Sheet sheet, boolean withSessions) {
        TaskProgress progress = sheet.progress();
        return new TaskSheetRepresentation(StoredRepresentation.of(sheet.analysis(), TaskAnalysisRepresentation::from),
                progress.latestRate().map(Rate::from).orElse(null), progress.trend(), progress.readyToFadeCount(),
                progress.steps().stream().map(StepFigures::from).toList(),
                withSessions ? IntStream.range(0, progress.sessions().size()).mapToObj(index -> new Session(
                        StoredRepresentation.of(progress.sessions().get(index), TaskSessionRepresentation::from),
                        progress.rate(index).map(Rate::from).orElse(null))).toList() : null);
    }

    /** {@code {"analyses": [sheet without sessions]}}. */
    public record Sheets(List<TaskSheetRepresentation> analyses) {
        public static Sheets from(List<TaskAnalysisService.Sheet> sheets) {
            return new Sheets(sheets.stream().map(sheet -> TaskSheetRepresentation.from(sheet, false)).toList());
        }
    }

    /** The independence rate: {@code {"independent", "observed", "percent"}}. */
    public record Rate(int independent, int observed, int percent) {
        static Rate from(IndependenceRate rate) {
            return new Rate(rate.independent(), rate.observed(), rate.percent());
        }
    }

    /** {@code {"stepId", "streak", "readyToFade", "regressed", "latestLevel"}}; the latest level absent if never observed. */
    public record StepFigures(long stepId, int streak, boolean readyToFade, boolean regressed, Integer latestLevel) {
        static StepFigures from(TaskProgress.StepProgress step) {
            return new StepFigures(step.step().id(), step.streak(), step.readyToFade(), step.regressed(),
                    step.latest().observed() ? step.latest().score().getAsInt() : null);
        }
    }

    /** {@code {"session": stored session, "rate"}}; no rate when the session observed no step. */
    public record Session(StoredRepresentation<TaskSessionRepresentation> session, Rate rate) {
    }
}
