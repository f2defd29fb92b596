package jp.jobcoach.workspace.domain;

import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a keyset cursor that a client sent back. A cursor is opaque to clients, so anything that does
 * not read as one (tampered, truncated, from another list) is simply no cursor: the caller answers a 400.
 */
public final class CursorText {
    private CursorText() {
    }

    /** @param read makes the cursor from the format's groups; a bad number, day, instant or name reads as none */
    public static <C> Optional<C> parse(String text, Pattern format, Function<Matcher, C> read) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher parts = format.matcher(text);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(parts));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException notACursor) {
            return Optional.empty();
        }
    }
}
