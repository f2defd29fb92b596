package jp.jobcoach.workspace.port;

/** Who a user key is, for showing people by name rather than by their opaque key. */
public interface People {
    /** The person's full name; the key itself when no such user exists any more (a deleted account). */
    String displayName(String userKey);
}
