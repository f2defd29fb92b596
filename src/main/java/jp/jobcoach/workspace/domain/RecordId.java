package jp.jobcoach.workspace.domain;

import java.io.Serializable;

/**
 * An argument of a {@link FieldError} that names an existing record the error is about (the draft interview already
 * on that date): shown in the message as its number, and handed to the client beside the message, so that a form can
 * open that record instead of only naming it.
 */
public record RecordId(long id) implements Serializable {
}
