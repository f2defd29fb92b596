package jp.jobcoach.workspace.port;

import java.util.Optional;

/** Who a user key is, for showing people by name rather than by their opaque key, and whose key a name is. */
public interface People {
    /** The person's full name; the key itself when no such user exists any more (a deleted account). */
    String displayName(String userKey);

    /** The key of the user with this user name, as people type it when adding someone to a team. */
    Optional<String> keyOf(String username);

    /** Whether a user has this key: a team is made of people, not of keys a client made up. */
    boolean exists(String userKey);
}
