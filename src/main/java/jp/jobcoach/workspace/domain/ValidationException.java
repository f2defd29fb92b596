package jp.jobcoach.workspace.domain;

import java.util.List;

/** Input was refused; carries every problem found, so the form can show them all at once. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.toString());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    /** Throws when {@code errors} is not empty; the usual last line of a use case's validation. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
