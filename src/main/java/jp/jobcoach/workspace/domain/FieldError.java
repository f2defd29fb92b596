package jp.jobcoach.workspace.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One problem with one field of user input.
 *
 * <p>Message convention: {@code {0}} is always the field's label ({@link #label()}); {@code args} fill
 * {@code {1}}, {@code {2}}, ... An argument that is {@link Labelled} (an enum constant, another field's
 * {@link FieldLabel}) is translated too; any other argument is user data or a number and must be escaped
 * wherever it is shown.
 *
 * @param field      the path of the field in the form or JSON body, e.g. {@code returnDate} or
 *                   {@code steps[1].approvedBy}
 * @param messageKey the i18n key of the message
 */
public record FieldError(String field, String messageKey, Serializable... args) implements Serializable {

    public FieldError {
        args = args.clone();
    }

    @Override
    public Serializable[] args() {
        return args.clone();
    }

    public FieldLabel label() {
        return new FieldLabel(field);
    }

    /**
     * The same error for a field nested under {@code prefix}, e.g. {@code supports[0].} + {@code end}. Labels
     * of other fields among the args are siblings ("end must be after start") and move along.
     */
    public FieldError under(String prefix) {
        Serializable[] nestedArgs = Arrays.stream(args)
                .map(arg -> arg instanceof FieldLabel sibling ? new FieldLabel(prefix + sibling.field()) : arg)
                .toArray(Serializable[]::new);
        return new FieldError(prefix + field, messageKey, nestedArgs);
    }

    /** The arguments for {@code MessageFormat}: the field label first, then args, labels translated. */
    public Object[] messageArgs(Function<String, String> translate) {
        return Stream.concat(Stream.of(label()), Arrays.stream(args))
                .map(arg -> arg instanceof Labelled labelled ? translate.apply(labelled.i18nKey()) : arg)
                .toArray();
    }

    // Records compare arrays by identity; errors are compared by content in tests and de-duplication.
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError error && field.equals(error.field)
                && messageKey.equals(error.messageKey) && Arrays.equals(args, error.args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + messageKey.hashCode()) + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }
}
