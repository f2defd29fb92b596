package jp.jobcoach.workspace.port;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The person making the current request. */
public interface CurrentUser {
    /** Empty for an anonymous visitor, who sees nothing of any case. */
    Optional<String> userKey();

    /** The language the user reads, for messages. */
    Locale locale();

    /** The time zone of the user's profile (else the site's): times are shown and dates of filters read in it. */
    ZoneId zone();

    /** A host administrator: not a case role, but may read audit logs. */
    boolean isAdministrator();
}
