package jp.jobcoach.workspace.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the problems of one piece of input, so that a user sees all of them at once.
 *
 * <p>Checks never change the text they look at: hostile input (markup, bidi overrides, emoji, rare kanji) is
 * stored as typed and escaped at output. Lengths are counted in code points, so {@code 𠮷} is one character
 * as the user sees it, not two UTF-16 units. One instance per validation; not thread-safe.
 */
public final class Check {

    /** Names, titles, labels: fits the default Active Objects string column. */
    public static final int NAME_MAX = 255;
    /** Notes, observations, plan sections. */
    public static final int LONG_TEXT_MAX = 10_000;

    public static final String REQUIRED = "jobcoach.validation.required";
    public static final String TOO_LONG = "jobcoach.validation.too-long";
    public static final String NOT_BEFORE = "jobcoach.validation.not-before";
    public static final String MUST_BE_AFTER = "jobcoach.validation.must-be-after";
    public static final String UNKNOWN_VALUE = "jobcoach.validation.unknown-value";
    public static final String OUT_OF_RANGE = "jobcoach.validation.out-of-range";

    private final List<FieldError> errors = new ArrayList<>();

    public Check required(String field, Object value) {
        boolean missing = value == null || value instanceof String text && text.isBlank();
        return failIf(missing, field, REQUIRED);
    }

    /** A value that may be absent, but not longer than {@code max} code points. */
    public Check maxLength(String field, String value, int max) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        return failIf(length > max, field, TOO_LONG, max, length);
    }

    /** A required short text: a name, a title, a label. */
    public Check name(String field, String value) {
        return required(field, value).maxLength(field, value, NAME_MAX);
    }

    /** An optional long text: notes, observations, plan sections. */
    public Check longText(String field, String value) {
        return maxLength(field, value, LONG_TEXT_MAX);
    }

    /** {@code later} may be the same day as {@code earlier} (a return on the day leave started). */
    public Check notBefore(String field, LocalDate later, String earlierField, LocalDate earlier) {
        boolean wrong = later != null && earlier != null && later.isBefore(earlier);
        return failIf(wrong, field, NOT_BEFORE, new FieldLabel(earlierField));
    }

    /** {@code later} must be strictly after {@code earlier} (an end after its start). */
    public Check after(String field, LocalDate later, String earlierField, LocalDate earlier) {
        boolean wrong = later != null && earlier != null && !later.isAfter(earlier);
        return failIf(wrong, field, MUST_BE_AFTER, new FieldLabel(earlierField));
    }

    public Check inRange(String field, int value, int min, int max) {
        return failIf(value < min || value > max, field, OUT_OF_RANGE, min, max);
    }

    /**
     * Parses an enum constant from request text by its name, ignoring case. Unknown text becomes an error
     * (quoting the text, which the caller escapes) rather than an exception; blank text counts as absent.
     */
    public <E extends Enum<E>> Optional<E> parse(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, UNKNOWN_VALUE, raw));
            return Optional.empty();
        }
    }

    public Check failIf(boolean failed, String field, String messageKey, Serializable... args) {
        if (failed) {
            errors.add(new FieldError(field, messageKey, args));
        }
        return this;
    }

    /** Adds the problems of a nested value under {@code prefix}, e.g. {@code period.}; an absent value adds none. */
    public <T> Check nested(String prefix, T value, Function<T, List<FieldError>> rules) {
        if (value != null) {
            rules.apply(value).forEach(error -> errors.add(error.under(prefix)));
        }
        return this;
    }

    /** Adds the problems of every item of a list under {@code field[index].}. */
    public <T> Check each(String field, List<T> items, Function<T, List<FieldError>> rules) {
        for (int index = 0; index < items.size(); index++) {
            nested(field + "[" + index + "].", items.get(index), rules);
        }
        return this;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
