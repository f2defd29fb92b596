package jp.jobcoach.workspace.port;

import java.util.List;
import java.util.Optional;

/** Who a user key is, for showing people by name rather than by their opaque key, and whose key a name is. */
public interface People {

    /**
     * Someone the user directory found, as a person choosing them sees them: Confluence's own user search shows a
     * signed-in user no more than this.
     *
     * @param avatarUrl the profile picture as the host gives it (absolute, or a path on the site); null when none
     */
    record Person(String userKey, String username, String displayName, String avatarUrl) {
    }

    /** The user directory could not answer (an LDAP server down, say): nobody can be found just now. */
    class DirectoryUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DirectoryUnavailableException(Throwable cause) {
            super("the user directory could not answer", cause);
        }
    }

    /** The person's full name; the key itself when no such user exists any more (a deleted account). */
    String displayName(String userKey);

    /** The key of the user with this user name, as people type it when adding someone to a team. */
    Optional<String> keyOf(String username);

    /** Whether a user has this key: a team is made of people, not of keys a client made up. */
    boolean exists(String userKey);

    /**
     * At most {@code limit} of the people whose full name contains {@code term} (as the directory matches: case
     * is ignored where it can be), in the directory's order.
     *
     * @throws DirectoryUnavailableException when the directory fails
     */
    List<Person> withFullNameContaining(String term, int limit);

    /** As {@link #withFullNameContaining}, for the user name. */
    List<Person> withUserNameContaining(String term, int limit);
}
