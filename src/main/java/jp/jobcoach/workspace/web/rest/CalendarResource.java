package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.CalendarService;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.CalendarRepresentation;
import jp.jobcoach.workspace.web.rest.representation.VisitRotaRepresentation;

/**
 * A case's calendar: {@code GET /cases/{id}/calendar?from=2026-05-01&to=2026-05-31} (ISO days, both included, at most
 * {@link CalendarService#MAX_DAYS} days) and who visits when ({@code /calendar/rota}, 403 for those who do not see
 * visits).
 */
@Path("/cases/{caseId}/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final CalendarService calendar;
    private final ErrorResponses errors;
    private final People people;

    @Inject
    public CalendarResource(CalendarService calendar, ErrorResponses errors, People people) {
        this.calendar = calendar;
        this.errors = errors;
        this.people = people;
    }

    @GET
    public Response calendar(@PathParam("caseId") long caseId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return errors.respond(() -> {
            CalendarService.CaseCalendar read = calendar.calendar(caseId, day("from", from), day("to", to));
            return json(Status.OK, Json.write(CalendarRepresentation.from(read.from(), read.to(), read.items(), read.links(),
                    people::displayName)));
        });
    }

    @GET
    @Path("rota")
    public Response rota(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            return json(Status.OK, Json.write(VisitRotaRepresentation.from(calendar.rota(caseId))));
        });
    }

    /** An ISO day; a missing or unreadable one is the range's translated 400. */
    private static LocalDate day(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(new FieldError(field, CalendarService.RANGE, CalendarService.MAX_DAYS));
        }
    }
}
