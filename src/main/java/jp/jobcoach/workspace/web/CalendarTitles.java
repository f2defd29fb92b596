package jp.jobcoach.workspace.web;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.port.Messages;

/**
 * The neutral title of a calendar item in one language: the kind's label, then the labels of its qualifiers
 * ("Visit · primary coach · Consultation"). Only fixed labels: never free text of the case, so a title may go into a
 * feed, a page or a mail.
 */
public final class CalendarTitles {
    private CalendarTitles() {
    }

    public static String title(CalendarItem item, Locale locale, Messages messages) {
        return Stream.concat(Stream.of(item.kind().i18nKey()), item.qualifiers().stream().map(q -> q.i18nKey()))
                .map(key -> messages.text(locale, key)).collect(Collectors.joining(" · "));
    }
}
