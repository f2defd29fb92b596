package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.util.List;
import java.util.Locale;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.AuditService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.AuditPageRepresentation;

/** The audit log of a case, for occupational health staff on the case and administrators (the service decides). */
@Path("/cases/{caseId}/audit")
public class AuditResource {
    static final List<String> COLUMNS = List.of("occurredAt", "actorKey", "action", "category", "recordType",
            "recordId", "fields");
    private static final String COLUMN_KEY = "jobcoach.web.audit.column.";

    private final AuditService audits;
    private final ErrorResponses errors;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final People people;

    @Inject
    public AuditResource(AuditService audits, ErrorResponses errors, Messages messages, CurrentUser currentUser,
                         People people) {
        this.people = people;
        this.audits = audits;
        this.errors = errors;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /** {@code {"entries": [...], "offset": n, "limit": n}}, newest first; at most {@link AuditService#MAX_PAGE}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response page(@PathParam("caseId") long caseId, @QueryParam("offset") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        return errors.respond(() -> json(Status.OK, Json.write(AuditPageRepresentation.from(
                audits.page(caseId, offset, limit), people::displayName,
                Math.max(0, offset), Math.max(1, Math.min(limit, AuditService.MAX_PAGE))))));
    }

    /**
     * The whole log as CSV, downloaded as {@code jobcoach-case-<id>-audit.csv}; column names in the user's language.
     * Streamed: rows go out as they are read, so a long log is never built in memory.
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = audits.startExport(caseId);
            Locale locale = currentUser.locale();
            List<String> header = COLUMNS.stream().map(column -> messages.text(locale, COLUMN_KEY + column)).toList();
            return CsvDownload.of(fileName(caseId), header, row -> audits.export(on, entry -> row.accept(cells(entry))));
        });
    }

    static String fileName(long caseId) {
        return "jobcoach-case-" + caseId + "-audit.csv";
    }

    private static List<String> cells(AuditEntry entry) {
        return List.of(entry.occurredAt().toString(), entry.actorKey(), entry.action().name(), entry.category(),
                entry.recordType(), String.valueOf(entry.recordId()), String.join(" ", entry.fields()));
    }
}
