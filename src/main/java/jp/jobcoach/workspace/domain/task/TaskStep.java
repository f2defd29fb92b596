package jp.jobcoach.workspace.domain.task;

import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * One step of a task analysis: a short, concrete action unit (行動単位) with where and with what it is done, the key
 * point (ポイント), the natural cue that tells the worker to do it (自然な手がかり), who supports it at the workplace,
 * and the aids (工夫: a checklist, a memo, a template, a jig). Its {@code id} is stable: given when the step is first
 * stored and never changed by rewording or moving it, so the sessions recorded against it keep their meaning. A
 * retired step is no longer taught or recorded, but stays in the analysis with the sessions that observed it.
 *
 * @param id 0 for a step not stored yet
 */
public record TaskStep(long id, String action, String toolPlace, String keyPoint, String cue, String supporter,
                       String aids, boolean retired) {

    public static final long NEW = 0;

    public static TaskStep of(String action) {
        return new TaskStep(NEW, action, null, null, null, null, null, false);
    }

    public boolean isNew() {
        return id == NEW;
    }

    public TaskStep withId(long stored) {
        return new TaskStep(stored, action, toolPlace, keyPoint, cue, supporter, aids, retired);
    }

    public TaskStep retire() {
        return new TaskStep(id, action, toolPlace, keyPoint, cue, supporter, aids, true);
    }

    public TaskStep reworded(String newAction) {
        return new TaskStep(id, newAction, toolPlace, keyPoint, cue, supporter, aids, retired);
    }

    /** Field names {@code action}, {@code toolPlace}, ... relative to the step; the analysis names the full path. */
    List<FieldError> validate() {
        return new Check().name("action", action)
                .maxLength("toolPlace", toolPlace, Check.NAME_MAX)
                .longText("keyPoint", keyPoint)
                .longText("cue", cue)
                .maxLength("supporter", supporter, Check.NAME_MAX)
                .longText("aids", aids)
                .errors();
    }
}
