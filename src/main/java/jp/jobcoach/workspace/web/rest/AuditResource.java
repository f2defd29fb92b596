package jp.jobcoach.workspace.web.rest;

import static jp.jobcoach.workspace.web.rest.ErrorResponses.html;
import static jp.jobcoach.workspace.web.rest.ErrorResponses.json;

import java.util.List;
import java.util.Locale;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.service.AuditService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.web.Json;
import jp.jobcoach.workspace.web.rest.representation.AuditPageRepresentation;
import jp.jobcoach.workspace.web.rest.representation.ChainCheckRepresentation;
import jp.jobcoach.workspace.web.view.AuditLabels;
import jp.jobcoach.workspace.web.view.AuditView;
import jp.jobcoach.workspace.web.view.Views;

/** The audit log of a case, for occupational health staff on the case and administrators (the service decides). */
@Path("/cases/{caseId}/audit")
public class AuditResource {
    /**
     * The readable columns, in the downloader's language and zone, then the stored codes, so that a spreadsheet reads
     * and a program can still match (the time in UTC, ISO 8601).
     */
    static final List<String> COLUMNS = List.of("occurredAt", "actorKey", "action", "category", "recordType",
            "fields", "raw.occurredAt", "raw.actorKey", "raw.action", "raw.category", "raw.recordType", "recordId",
            "raw.fields");
    private static final String COLUMN_KEY = "jobcoach.web.audit.column.";

    private final AuditService audits;
    private final ErrorResponses errors;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final People people;
    private final Views views;

    @Inject
    public AuditResource(AuditService audits, ErrorResponses errors, Messages messages, CurrentUser currentUser,
                         People people, Views views) {
        this.people = people;
        this.views = views;
        this.audits = audits;
        this.errors = errors;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    /**
     * {@code {"entries": [...], "next": "..."}}, newest first, kept to the filters {@code actor} (a user key),
     * {@code category}, {@code action} (codes), {@code from} and {@code to} (days in the reader's zone, both included);
     * {@code cursor} is a page's {@code next}, {@code pageSize} at most {@link AuditService#MAX_PAGE}.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response page(@PathParam("caseId") long caseId, @Context UriInfo request) {
        return errors.respond(() -> json(Status.OK, Json.write(AuditPageRepresentation.from(
                audits.page(caseId, query(request)), people::displayName))));
    }

    /** The same page rendered as the audit view's rows, for its script (filters and "older"). */
    @GET
    @Path("html")
    @Produces(MediaType.TEXT_HTML)
    public Response rows(@PathParam("caseId") long caseId, @Context UriInfo request) {
        return errors.respond(() -> html(AuditView.renderRows(views.forViewer(true),
                audits.page(caseId, query(request)))));
    }

    private AuditQuery query(UriInfo request) {
        MultivaluedMap<String, String> parameters = request.getQueryParameters();
        return AuditQuery.parse(parameters.getFirst("actor"), parameters.getFirst("category"),
                parameters.getFirst("action"), parameters.getFirst("from"), parameters.getFirst("to"),
                parameters.getFirst("cursor"), parameters.getFirst("pageSize"), currentUser.zone());
    }

    /** Whether the log is as it was written: the check of its hash chain. */
    @GET
    @Path("chain")
    @Produces(MediaType.APPLICATION_JSON)
    public Response chain(@PathParam("caseId") long caseId) {
        return errors.respond(() -> json(Status.OK, Json.write(ChainCheckRepresentation.from(audits.checkChain(caseId)))));
    }

    /** The same check as the audit view's message, rendered for its script. */
    @GET
    @Path("chain/html")
    @Produces(MediaType.TEXT_HTML)
    public Response chainMessage(@PathParam("caseId") long caseId) {
        return errors.respond(() -> html(AuditView.renderChain(views.forViewer(true), audits.checkChain(caseId))));
    }

    /**
     * The whole log as CSV, downloaded as {@code jobcoach-case-<id>-audit.csv}: UTF-8 with a byte order mark (so that
     * Excel reads Japanese), column names, labels, names and local times in the downloader's language and zone, then
     * the raw codes ({@link #COLUMNS}). Streamed: rows go out as they are read (keyset paging), never all in memory.
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = audits.startExport(caseId);
            Locale locale = currentUser.locale();
            List<String> header = COLUMNS.stream().map(column -> messages.text(locale, COLUMN_KEY + column)).toList();
            AuditLabels labels = new AuditLabels(views.forViewer(false).text());
            return CsvDownload.of(fileName(caseId), header, row -> audits.export(on, entry -> row.accept(cells(labels, entry))));
        });
    }

    static String fileName(long caseId) {
        return "jobcoach-case-" + caseId + "-audit.csv";
    }

    private static List<String> cells(AuditLabels labels, AuditEntry entry) {
        return List.of(labels.when(entry), labels.actor(entry), labels.action(entry.action()),
                labels.category(entry.category()), labels.record(entry), labels.fields(entry.fields()),
                entry.occurredAt().toString(), entry.actorKey(), entry.action().name(), entry.category(),
                entry.recordType(), String.valueOf(entry.recordId()), String.join(" ", entry.fields()));
    }
}
