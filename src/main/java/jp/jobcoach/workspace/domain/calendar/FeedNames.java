package jp.jobcoach.workspace.domain.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * How a calendar feed names the worker of each case. A feed leaves Confluence's access control (it sits in someone's
 * phone and calendar service), so the worker's initials are the default; the full name is the feed owner's choice.
 */
public enum FeedNames implements Labelled {
    INITIALS,
    FULL_NAME;

    /** The worker as this feed names them; empty when the case names no one. */
    public String name(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        return this == FULL_NAME ? fullName.strip() : initials(fullName);
    }

    /**
     * The first letter (or digit) of each part of a name, each followed by a dot: "Yamada Taro" is "Y.T.", "山田　太郎"
     * is "山.太."; parts are split at spaces (the ideographic space too), a part without a letter (an emoji, a
     * symbol) gives none, and letters are taken whole (a surrogate pair stays one letter), so no markup, control or
     * direction character of a name reaches the initials.
     */
    public static String initials(String name) {
        return Arrays.stream(name.strip().split("[\\s\\u3000]+"))
                .map(part -> part.codePoints().filter(Character::isLetterOrDigit).findFirst())
                .filter(java.util.OptionalInt::isPresent)
                .map(letter -> new String(Character.toChars(letter.getAsInt())).toUpperCase(Locale.ROOT) + ".")
                .collect(Collectors.joining());
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.calendar.feed.names.", this);
    }
}
