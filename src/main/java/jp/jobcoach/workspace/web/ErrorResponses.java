package jp.jobcoach.workspace.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.AccessDeniedException;
import jp.jobcoach.workspace.service.NotFoundException;
import jp.jobcoach.workspace.service.StaleVersionException;

/**
 * The one place where failures become HTTP answers: 400 with translated field errors, 403, 404, and 409 with
 * the current state. Every REST method runs through {@link #respond}.
 */
@Named
public class ErrorResponses {
    public static final String BAD_BODY = "jobcoach.validation.bad-body";

    private final Messages messages;
    private final CurrentUser currentUser;

    @Inject
    public ErrorResponses(Messages messages, CurrentUser currentUser) {
        this.messages = messages;
        this.currentUser = currentUser;
    }

    public Response respond(Supplier<Response> call) {
        try {
            return call.get();
        } catch (ValidationException invalid) {
            return json(Response.Status.BAD_REQUEST, errors(invalid.errors()));
        } catch (Json.BadRequestBody malformed) {
            return json(Response.Status.BAD_REQUEST, errors(List.of(new FieldError("body", BAD_BODY))));
        } catch (AccessDeniedException denied) {
            return Response.status(Response.Status.FORBIDDEN).build();
        } catch (NotFoundException missing) {
            return Response.status(Response.Status.NOT_FOUND).build();
        } catch (StaleVersionException stale) {
            JsonObject conflict = new JsonObject();
            conflict.add("current", Json.tree(stale.current()));
            return json(Response.Status.CONFLICT, Json.write(conflict));
        }
    }

    public static Response json(Response.Status status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    private String errors(List<FieldError> errors) {
        Locale locale = currentUser.locale();
        JsonArray list = new JsonArray();
        for (FieldError error : errors) {
            JsonObject item = new JsonObject();
            item.addProperty("field", error.field());
            item.addProperty("message", FieldErrorText.message(messages, locale, error));
            list.add(item);
        }
        JsonObject body = new JsonObject();
        body.add("errors", list);
        return Json.write(body);
    }
}
