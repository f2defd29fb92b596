package jp.jobcoach.workspace.web.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.AccommodationService;
import jp.jobcoach.workspace.service.GuardedCase;
import jp.jobcoach.workspace.service.InterviewService;
import jp.jobcoach.workspace.service.PlanService;
import jp.jobcoach.workspace.service.VisitService;
import jp.jobcoach.workspace.web.view.ViewText;
import jp.jobcoach.workspace.web.view.Views;

/**
 * A case's records as CSV files, as the audit log already is ({@link AuditResource#export}): visits, the interviews'
 * agreed actions, the accommodations with their steps, and the plan's revisions. Each file is UTF-8 with a BOM,
 * has its header and its labels (kinds, statuses, roles) in the user's language, names people by name, shows days
 * as local ISO dates, and neutralises cells a spreadsheet would read as a formula ({@link jp.jobcoach.workspace.web.Csv}).
 * Each service checks VIEW of its category (and the worker's consent, through the same filter as a read) and audits
 * the export before anything is sent.
 */
@Path("/cases/{caseId}/exports")
public class ExportResource {
    private static final String COLUMN = "jobcoach.web.export.column.";

    private final VisitService visits;
    private final InterviewService interviews;
    private final AccommodationService accommodations;
    private final PlanService plans;
    private final ErrorResponses errors;
    private final Views views;

    @Inject
    public ExportResource(VisitService visits, InterviewService interviews, AccommodationService accommodations,
                          PlanService plans, ErrorResponses errors, Views views) {
        this.visits = visits;
        this.interviews = interviews;
        this.accommodations = accommodations;
        this.plans = plans;
        this.errors = errors;
        this.views = views;
    }

    /** Every visit, newest first: date, kind, coaches, observations, both pieces of advice, next steps, hand-over. */
    @GET
    @Path("visits.csv")
    @Produces("text/csv")
    public Response visits(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = visits.startExport(caseId);
            ViewText text = text();
            List<String> header = List.of(text.field("date"), text.field("kind"), text.field("coachKeys"),
                    text.field("observations"), text.field("adviceToWorker"), text.field("adviceToCompany"),
                    text.field("nextSteps"), text.field("handOver"));
            return CsvDownload.of(fileName(caseId, "visits"), header, row -> visits.export(on, stored -> {
                VisitRecord visit = stored.value();
                // a text left out is an empty cell (List.of takes no null)
                row.accept(List.of(day(visit.date()), text.label(visit.kind()), names(text, visit.coachKeys()),
                        orEmpty(visit.observations()), orEmpty(visit.adviceToWorker()), orEmpty(visit.adviceToCompany()),
                        orEmpty(visit.nextSteps()), orEmpty(visit.handOver())));
            }));
        });
    }

    /**
     * The actions of every interview, newest interview first: those reviewed from last time (with their outcome and
     * progress) and those agreed there. Only what every reader of interviews sees: no ratings, notes or worries.
     */
    @GET
    @Path("interviews.csv")
    @Produces("text/csv")
    public Response interviews(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = interviews.startExport(caseId);
            ViewText text = text();
            List<String> header = List.of(column(text, "interview-date"), column(text, "interview-status"),
                    column(text, "action-kind"), text.field("newActions.what"), text.field("newActions.owner.userKey"),
                    text.field("newActions.dueDate"), text.field("newActions.status"), text.field("newActions.progressNote"));
            return CsvDownload.of(fileName(caseId, "interviews"), header, row -> interviews.export(on, stored -> {
                RetentionInterview interview = stored.value();
                actions(text, interview, interview.carriedActions(), text.field("carriedActions"), row);
                actions(text, interview, interview.newActions(), text.field("newActions"), row);
            }));
        });
    }

    private static void actions(ViewText text, RetentionInterview interview, List<AgreedAction> actions, String kind,
                                Consumer<List<String>> row) {
        for (AgreedAction action : actions) {
            row.accept(List.of(day(interview.date()), text.label(interview.status()), kind, action.what(),
                    person(text, action.owner()), day(action.dueDate()), text.label(action.status()),
                    action.progressNote() == null ? "" : action.progressNote()));
        }
    }

    /** One row per step of each accommodation, oldest accommodation first; one row for one without steps. */
    @GET
    @Path("accommodations.csv")
    @Produces("text/csv")
    public Response accommodations(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            List<Stored<Accommodation>> all = accommodations.export(caseId);
            ViewText text = text();
            List<String> header = List.of(text.field("title"), text.field("description"), text.field("stopConditions"),
                    column(text, "review-dates"), column(text, "reviews-done"), text.field("steps.label"),
                    column(text, "step-planned"), text.field("steps.liftedDate"), text.field("steps.approvedBy"));
            return CsvDownload.of(fileName(caseId, "accommodations"), header, row -> all.forEach(stored -> {
                Accommodation value = stored.value();
                List<String> about = List.of(value.title(), value.description(), value.stopConditions(),
                        days(value.reviewDates()), days(value.reviewsDone()));
                if (value.steps().isEmpty()) {
                    row.accept(join(about, List.of("", "", "", "")));
                }
                for (AccommodationStep step : value.steps()) {
                    row.accept(join(about, List.of(step.label(), day(step.plannedDate()), day(step.liftedDate()),
                            step.approvedBy() == null ? "" : text.person(step.approvedBy()))));
                }
            }));
        });
    }

    /** Every revision of the plan, newest first: its number, who saved it when, and who agreed to it as what. */
    @GET
    @Path("plan.csv")
    @Produces("text/csv")
    public Response plan(@PathParam("caseId") long caseId) {
        return errors.respond(() -> {
            GuardedCase on = plans.startExport(caseId);
            ViewText text = text();
            List<String> header = List.of(column(text, "revision"), column(text, "saved-at"), column(text, "saved-by"),
                    column(text, "agreements"));
            return CsvDownload.of(fileName(caseId, "plan"), header, row -> plans.export(on, revision -> row.accept(List.of(
                    String.valueOf(revision.summary().number()), text.when(revision.summary().createdAt()),
                    text.person(revision.summary().authorKey()), revision.agreements().stream()
                            .map(agreement -> text.message("jobcoach.web.export.agreement", text.label(agreement.role()),
                                    text.person(agreement.userKey()), text.when(agreement.at())))
                            .collect(Collectors.joining("; "))))));
        });
    }

    static String fileName(long caseId, String what) {
        return "jobcoach-case-" + caseId + "-" + what + ".csv";
    }

    private ViewText text() {
        return views.forViewer(false).text();
    }

    private static String column(ViewText text, String name) {
        return text.message(COLUMN + name);
    }

    private static String names(ViewText text, List<String> userKeys) {
        return userKeys.stream().map(text::person).collect(Collectors.joining("; "));
    }

    private static String person(ViewText text, PersonRef person) {
        return person.hasAccount() ? text.person(person.userKey()) : person.displayName();
    }

    /** A day as a local ISO date, which spreadsheets in either language read as a date; empty when not set. */
    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String days(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining("; "));
    }

    private static List<String> join(List<String> first, List<String> second) {
        List<String> cells = new ArrayList<>(first);
        cells.addAll(second);
        return cells;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
