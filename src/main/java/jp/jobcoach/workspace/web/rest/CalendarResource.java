package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.time.LocalDate;
import java.time.YearMonth;
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
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.web.view.ScheduleView;
import jp.jobcoach.workspace.web.view.Views;
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
    private final Views views;
    private final TimeSource time;

    @Inject
    public CalendarResource(CalendarService calendar, ErrorResponses errors, People people, Views views, TimeSource time) {
        this.calendar = calendar;
        this.errors = errors;
        this.people = people;
        this.views = views;
        this.time = time;
    }

    /**
     * {@code ?month=2026-05}: the month as the {@code jobcoach-schedule} macro renders it (its whole weeks, grid and
     * list), in the caller's language, for the macro's script, which inserts it as it is; errors in JSON.
     */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response month(@PathParam("caseId") long caseId, @QueryParam("month") String month) {
        return errors.respond(() -> {
            YearMonth shown = month(month);
            LocalDate[] range = ScheduleView.range(shown);
            CalendarService.CaseCalendar read = calendar.calendar(caseId, range[0], range[1]);
            return ErrorResponses.html(ScheduleView.renderMonth(views.forViewer(true), caseId, shown, time.today(), read));
        });
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(new FieldError("month", CalendarService.RANGE, CalendarService.MAX_DAYS));
        }
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
