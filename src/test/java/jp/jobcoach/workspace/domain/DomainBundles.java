package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Test support for every domain package: the plugin bundles, and assertions that an expected validation error is there and
 * can be shown in both languages. Paths are relative to the repository root, the working directory of tests.
 */
public final class DomainBundles {

    public static final Properties ENGLISH = load("i18n/jobcoach.properties");
    public static final Properties JAPANESE = load("i18n/jobcoach_ja.properties");

    /** Hostile payloads every text field must keep as typed. */
    public static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>", "\" onmouseover=\"alert(1)", "javascript:alert(1)",
            "abc\u202Edef", "体調😀良好", "𠮷野家の𠮷", "葛\uDB40\uDD00城");

    private DomainBundles() {
    }

    static Properties load(String path) {
        try (Reader reader = Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertTranslated(String key) {
        assertTrue("missing in jobcoach.properties: " + key, ENGLISH.containsKey(key));
        assertTrue("missing in jobcoach_ja.properties: " + key, JAPANESE.containsKey(key));
    }

    /** {@code errors} hold an error on {@code field} with {@code messageKey}, and it renders in both languages. */
    public static FieldError assertHasError(List<FieldError> errors, String field, String messageKey) {
        FieldError error = errors.stream()
                .filter(candidate -> candidate.field().equals(field) && candidate.messageKey().equals(messageKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected " + field + " " + messageKey + " in " + errors));
        assertTranslated(messageKey);
        assertTranslated(error.label().i18nKey());
        for (Object arg : error.args()) {
            if (arg instanceof Labelled labelled) {
                assertTranslated(labelled.i18nKey());
            }
        }
        return error;
    }

    /**
     * For a part checked inside a holder ({@link PersonRef} in a participant, notes in an interview): the error
     * is there and its message is translated; its label is the holder's, checked in the holder's test.
     */
    public static FieldError assertPartError(List<FieldError> errors, String field, String messageKey) {
        FieldError error = errors.stream()
                .filter(candidate -> candidate.field().equals(field) && candidate.messageKey().equals(messageKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected " + field + " " + messageKey + " in " + errors));
        assertTranslated(messageKey);
        return error;
    }

    /** {@code action} is refused with (at least) this error. */
    public static FieldError assertRefused(Runnable action, String field, String messageKey) {
        try {
            action.run();
        } catch (ValidationException refused) {
            return assertHasError(refused.errors(), field, messageKey);
        }
        fail("expected a ValidationException with " + field + " " + messageKey);
        return null;
    }
}
