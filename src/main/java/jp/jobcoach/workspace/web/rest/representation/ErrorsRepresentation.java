package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;

/** A 400: {@code {"errors": [{field, message}]}}, messages in the caller's language. */
public record ErrorsRepresentation(List<FieldMessage> errors) {

    /**
     * {@code field} is the path of the input ({@code steps[1].approvedBy}), {@code body} for unreadable JSON;
     * {@code recordId}, absent on most errors, the id of an existing record the error is about (the draft interview
     * already on that date), which a form can open.
     */
    public record FieldMessage(String field, String message, Long recordId) {

        public FieldMessage(String field, String message) {
            this(field, message, null);
        }
    }
}
