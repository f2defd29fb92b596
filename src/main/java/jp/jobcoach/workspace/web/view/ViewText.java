package jp.jobcoach.workspace.web.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.jobcoach.workspace.domain.FieldLabel;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.People;

/**
 * Translated text for one viewer. Returns plain text: callers escape it with {@code Html.*} like any other value,
 * because a translation is data too.
 */
public final class ViewText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages;
    private final Locale locale;
    private final ZoneId zone;
    private final People people;

    public ViewText(Messages messages, Locale locale, ZoneId zone, People people) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
        this.people = people;
    }

    /** The viewer's language, for names of months and weekdays. */
    public Locale locale() {
        return locale;
    }

    /** A person by name, for a user key stored on a record. */
    public String person(String userKey) {
        return people.displayName(userKey);
    }

    public String message(String key, Serializable... args) {
        return messages.text(locale, key, args);
    }

    /**
     * Text someone typed, as an argument of one of our messages: wrapped in Unicode's first-strong isolate (U+2068 …
     * U+2069), the plain-text twin of {@code <bdi>}, so that a right-to-left override inside it cannot reorder the
     * words around it — in a button's label, an attribute or the browser's confirm dialog, where no element can.
     */
    public static String isolated(String typed) {
        return "\u2068" + (typed == null ? "" : typed) + "\u2069";
    }

    public String label(Labelled labelled) {
        return labelled == null ? "" : message(labelled.i18nKey());
    }

    /** The label of a form field by its path, e.g. {@code phases[INTENSIVE].start}. */
    public String field(String path) {
        return label(new FieldLabel(path));
    }

    /** Days as ISO text, which reads the same in Japanese and English; a dash when absent. */
    public String day(LocalDate day) {
        return day == null ? "—" : day.toString();
    }

    public String when(Instant at) {
        return at == null ? "—" : WHEN.format(at.atZone(zone));
    }
}
