package jp.jobcoach.workspace.domain;

import java.util.List;
import java.util.function.Function;

/**
 * The returned worker of a case. Not every worker has a Confluence account, so a case names them by user
 * key, by a display name, or both (the name then shows even to viewers who cannot look the user up).
 */
public record WorkerRef(String userKey, String displayName) {

    public static WorkerRef user(String userKey) {
        return new WorkerRef(userKey, null);
    }

    public static WorkerRef named(String displayName) {
        return new WorkerRef(null, displayName);
    }

    public boolean hasAccount() {
        return isGiven(userKey);
    }

    /** Neither a user nor a name: the worker has not been entered. */
    public boolean isEmpty() {
        return !hasAccount() && !isGiven(displayName);
    }

    /** The name the case gives the worker, else the name of the worker's account as {@code nameOfKey} gives it. */
    public String name(Function<String, String> nameOfKey) {
        return isGiven(displayName) ? displayName : nameOfKey.apply(userKey);
    }

    /**
     * Field names: {@code userKey}, {@code displayName}. Checked as part of the record that holds this one,
     * which names the full field path.
     */
    List<FieldError> validate() {
        return new Check()
                .maxLength("userKey", userKey, Check.NAME_MAX)
                .maxLength("displayName", displayName, Check.NAME_MAX)
                .errors();
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }
}
