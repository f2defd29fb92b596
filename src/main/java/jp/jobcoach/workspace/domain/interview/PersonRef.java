package jp.jobcoach.workspace.domain.interview;

import java.util.List;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * A person named in an interview: by Confluence user key, by a name when they have no account (a worker
 * without an account, someone from outside the case), or both.
 */
public record PersonRef(String userKey, String displayName) {

    public static PersonRef user(String userKey) {
        return new PersonRef(userKey, null);
    }

    public static PersonRef named(String displayName) {
        return new PersonRef(null, displayName);
    }

    public boolean hasAccount() {
        return isGiven(userKey);
    }

    public boolean isEmpty() {
        return !hasAccount() && !isGiven(displayName);
    }

    /** Whether both name the same account; people known only by name are never taken to be the same. */
    public boolean sameAccountAs(PersonRef other) {
        return other != null && hasAccount() && other.hasAccount() && userKey.equals(other.userKey);
    }

    /**
     * A user or a name is given, neither longer than a name may be. Field names: {@code userKey},
     * {@code displayName}; the holder names the full path.
     */
    public List<FieldError> validate() {
        return new Check()
                .failIf(isEmpty(), "displayName", Check.REQUIRED)
                .maxLength("userKey", userKey, Check.NAME_MAX)
                .maxLength("displayName", displayName, Check.NAME_MAX)
                .errors();
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }
}
