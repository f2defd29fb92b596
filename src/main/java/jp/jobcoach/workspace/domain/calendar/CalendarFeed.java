package jp.jobcoach.workspace.domain.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * A calendar subscription of one person: of one case ({@code caseId}) or of all the cases they are on (no case).
 * Its secret is not here: only its hash is stored, and the token itself is shown once, when made.
 *
 * @param label  the owner's name for the feed, shown in their list and as the calendar's name; may be empty
 * @param locale the owner's language when they made it: the language of the feed's titles
 */
public record CalendarFeed(String ownerKey, Long caseId, FeedNames names, String label, Locale locale, Instant createdAt) {
    /** A feed's name is short: it shows as a calendar's name in calendar programs. */
    public static final int LABEL_MAX = 100;

    public CalendarFeed {
        names = names == null ? FeedNames.INITIALS : names;
        label = label == null ? "" : label.strip();
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public boolean isPersonal() {
        return caseId == null;
    }

    /** Field names: {@code label}. */
    public List<FieldError> validate() {
        return new Check().maxLength("label", label, LABEL_MAX).errors();
    }
}
