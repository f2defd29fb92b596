package jp.jobcoach.workspace.web.rest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.RecordId;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.AccessDeniedException;
import jp.jobcoach.workspace.service.NotFoundException;
import jp.jobcoach.workspace.service.StaleVersionException;
import jp.jobcoach.workspace.web.FieldErrorText;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.ConflictRepresentation;
import jp.jobcoach.workspace.web.rest.representation.ErrorsRepresentation;

/**
 * The one place where failures become HTTP answers: 400 with translated field errors, 403, 404, 409 with
 * the current state, and 503 when the user directory cannot answer. Every REST method runs through {@link #respond}; a resource with versioned writes says
 * once, through {@link #withConflicts}, how its record is shown in a 409.
 */
@Named
public class ErrorResponses {
    public static final String BAD_BODY = "jobcoach.validation.bad-body";
    static final String FORBIDDEN = "jobcoach.rest.forbidden";
    static final String NOT_FOUND = "jobcoach.rest.not-found";
    static final String NOT_JSON = "jobcoach.rest.not-json";
    static final String DIRECTORY_UNAVAILABLE = "jobcoach.rest.directory-unavailable";

    private final Messages messages;
    private final CurrentUser currentUser;
    private final Function<Object, ?> conflictCurrent;

    @Inject
    public ErrorResponses(Messages messages, CurrentUser currentUser) {
        this(messages, currentUser, current -> {
            throw new IllegalStateException("no representation for a conflict over " + current);
        });
    }

    private ErrorResponses(Messages messages, CurrentUser currentUser, Function<Object, ?> conflictCurrent) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.conflictCurrent = conflictCurrent;
    }

    /**
     * These responses, with a 409 showing the current record as {@code representation} makes it. {@code T} is
     * what the resource's service reports as current ({@link StaleVersionException#current()}), one type per
     * resource; the cast below holds as long as that stays so, which the resources' 409 tests check.
     */
    @SuppressWarnings("unchecked")
    public <T> ErrorResponses withConflicts(Function<T, ?> representation) {
        return new ErrorResponses(messages, currentUser, current -> representation.apply((T) current));
    }

    public Response respond(Supplier<Response> call) {
        try {
            return call.get();
        } catch (ValidationException invalid) {
            return json(Response.Status.BAD_REQUEST, errors(invalid.errors()));
        } catch (Json.BadRequestBody malformed) {
            return json(Response.Status.BAD_REQUEST, errors(List.of(new FieldError("body", BAD_BODY))));
        } catch (AccessDeniedException denied) {
            return refusal(Response.Status.FORBIDDEN, denied.messageKey() == null ? FORBIDDEN : denied.messageKey());
        } catch (NotFoundException missing) {
            return refusal(Response.Status.NOT_FOUND, NOT_FOUND);
        } catch (StaleVersionException stale) {
            Object current = stale.current() == null ? null : conflictCurrent.apply(stale.current());
            return json(Response.Status.CONFLICT, Json.write(new ConflictRepresentation(current)));
        } catch (People.DirectoryUnavailableException down) {
            return refusal(Response.Status.SERVICE_UNAVAILABLE, DIRECTORY_UNAVAILABLE);
        }
    }

    /** 415 for a write that is not JSON ({@link JsonWritesOnly}). */
    public Response unsupportedMediaType() {
        return refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE, NOT_JSON);
    }

    /**
     * A refusal with a body of ours, the same for a hidden and a missing case, so that nothing of the container's
     * own error page (which differs between hosts) answers in its place.
     */
    private Response refusal(Response.Status status, String messageKey) {
        return json(status, Json.write(new ErrorsRepresentation(List.of(
                new ErrorsRepresentation.FieldMessage("", messages.text(currentUser.locale(), messageKey))))));
    }

    /** 200 with HTML the server rendered, for a script that inserts it as it is. */
    public static Response html(String rendered) {
        return Response.ok(rendered, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    public static Response json(Response.Status status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private String errors(List<FieldError> errors) {
        Locale locale = currentUser.locale();
        return Json.write(new ErrorsRepresentation(errors.stream().map(error -> new ErrorsRepresentation.FieldMessage(
                error.field(), FieldErrorText.message(messages, locale, error), recordId(error))).toList()));
    }

    /** The existing record an error names ({@link RecordId} among its arguments), or null. */
    private static Long recordId(FieldError error) {
        return java.util.Arrays.stream(error.args()).filter(RecordId.class::isInstance).map(arg -> ((RecordId) arg).id())
                .findFirst().orElse(null);
    }
}
