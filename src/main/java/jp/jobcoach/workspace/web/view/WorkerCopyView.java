package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.AccommodationStep;
import jp.jobcoach.workspace.domain.AuditEntry;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.PlannedSupport;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.interview.AgreedAction;
import jp.jobcoach.workspace.domain.interview.Participant;
import jp.jobcoach.workspace.domain.interview.PersonRef;
import jp.jobcoach.workspace.domain.interview.RetentionInterview;
import jp.jobcoach.workspace.service.WorkerCopy;

/**
 * The worker's own copy as one printable page in their language ({@code templates/jobcoach/worker-copy.vm}): static,
 * without scripts or controls, so it prints and saves as PDF as it shows. Every part is a section of records, each a
 * list of labelled values; text someone typed is marked so the template isolates it.
 */
public final class WorkerCopyView {
    static final String TEMPLATE = "templates/jobcoach/worker-copy.vm";
    private static final List<String> PLAN_FIELDS = List.of("currentSituation", "direction", "workerGoals",
            "companyGoals", "centerGoals", "workerIssues", "companyIssues", "cooperatingParties");

    private WorkerCopyView() {
    }

    public static String render(ViewContext view, WorkerCopy copy) {
        ViewText text = view.text();
        SupportCase value = copy.supportCase().value();
        List<Map<String, Object>> sections = List.of(
                section(text, "case", List.of(caseRecord(text, value))),
                section(text, "phases", List.of(record("", copy.phaseChanges().stream().map(change -> phaseRow(text, change)).toList()))),
                section(text, "team", List.of(record("", copy.team().members().stream().map(member -> memberRow(text, member)).toList()))),
                section(text, "plan", copy.plan().map(plan -> planRecords(text, plan.revisions(), plan.agreements())).orElse(List.of())),
                section(text, "accommodations", copy.accommodations().stream().map(stored -> accommodation(text, stored.value())).toList()),
                section(text, "interviews", copy.interviews().stream().map(stored -> interview(text, stored.value())).toList()),
                section(text, "visits", copy.visits().stream().map(Stored::value).map(visit -> visit(text, visit)).toList()),
                section(text, "planned-visits", List.of(record("", copy.plannedVisits().stream().map(Stored::value)
                        .map(planned -> row(text.day(planned.date()), text.person(planned.coachKey())
                                + (planned.note() == null || planned.note().isBlank() ? "" : " · " + planned.note()), true))
                        .toList()))),
                section(text, "task-analyses", copy.taskAnalyses().stream().map(sheet -> taskAnalysis(text, sheet)).toList()),
                section(text, "workload", copy.workload().stream().map(stored -> workWeek(text, stored.value(),
                        analysisTitles(copy))).toList()),
                section(text, "audit", List.of(record("", copy.audit().stream().map(entry -> auditRow(text, entry)).toList()))),
                section(text, "consents", List.of(record("", copy.consents().consents().stream()
                        .map(stored -> consentRow(text, stored.value())).toList()))));
        return view.render(TEMPLATE, Map.of(
                "lang", text.message("jobcoach.web.copy.lang"),
                "title", text.message("jobcoach.web.copy.title"),
                "intro", text.message("jobcoach.web.copy.intro", ViewText.isolated(value.worker().name(text::person)),
                        text.when(copy.madeAt())),
                "sections", sections));
    }

    private static Map<String, Object> section(ViewText text, String part, List<Map<String, Object>> records) {
        return Map.of("title", text.message("jobcoach.web.copy.section." + part), "records", records);
    }

    private static Map<String, Object> record(String heading, List<Map<String, Object>> rows) {
        return Map.of("heading", heading, "rows", rows);
    }

    /** A value someone typed (isolated and marked by the template) or one of ours (labels, days, names). */
    private static Map<String, Object> row(String label, String value, boolean typed) {
        return Map.of("label", label, "value", value == null || value.isBlank() ? "—" : value, "typed", typed);
    }

    private static Map<String, Object> caseRecord(ViewText text, SupportCase value) {
        List<Map<String, Object>> rows = new ArrayList<>(List.of(
                row(text.field("worker"), value.worker().name(text::person), true),
                row(text.field("department"), value.department(), true),
                row(text.field("leaveStart"), text.day(value.leaveStart()), false),
                row(text.field("returnDate"), text.day(value.returnDate()), false),
                row(text.field("phase"), text.label(value.phase()), false)));
        value.supports().forEach(support -> rows.add(row(text.field("supports.type"), support(text, support), false)));
        return record("", rows);
    }

    private static String support(ViewText text, PlannedSupport support) {
        return text.label(support.type()) + " " + text.day(support.period().start()) + " – " + text.day(support.period().end())
                + " (" + support.frequency().count() + " " + text.label(support.frequency().per()) + ")";
    }

    private static Map<String, Object> phaseRow(ViewText text, PhaseChange change) {
        return row(text.when(change.at()), text.label(change.from()) + " → " + text.label(change.to()) + " ("
                + text.person(change.byUserKey()) + ")", false);
    }

    /** Who may see what, and how and until when: the detail reads as on the case panel. */
    private static Map<String, Object> consentRow(ViewText text, Consent consent) {
        return row(text.label(consent.category()) + " → " + text.label(consent.role()), ConsentView.detail(text, consent), false);
    }

    private static Map<String, Object> memberRow(ViewText text, TeamMember member) {
        return row(text.label(member.role()), text.person(member.userKey()), false);
    }

    private static List<Map<String, Object>> planRecords(ViewText text, List<PlanRevision> revisions,
                                                         List<jp.jobcoach.workspace.domain.Agreement> agreements) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (PlanRevision revision : revisions) {
            SupportPlanContent content = revision.content();
            List<String> values = List.of(nonNull(content.currentSituation()), nonNull(content.direction()),
                    nonNull(content.workerGoals()), nonNull(content.companyGoals()), nonNull(content.centerGoals()),
                    nonNull(content.workerIssues()),
                    nonNull(content.companyIssues()), nonNull(content.cooperatingParties()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int index = 0; index < PLAN_FIELDS.size(); index++) {
                rows.add(row(text.field(PLAN_FIELDS.get(index)), values.get(index), true));
            }
            content.plannedSupport().forEach((type, plan) -> rows.add(row(text.label(type), plan, true)));
            content.timeline().planned().forEach(phase -> rows.add(row(text.label(phase),
                    PlanPrintView.phaseLine(text, content.timeline(), phase), false)));
            agreements.stream().filter(agreement -> agreement.revision() == revision.number())
                    .forEach(agreement -> rows.add(row(text.message("jobcoach.web.copy.agreed", text.label(agreement.role())),
                            text.person(agreement.userKey()) + " " + text.when(agreement.at()), false)));
            records.add(record(text.message("jobcoach.web.copy.revision", revision.number(), text.person(revision.authorKey()),
                    text.when(revision.createdAt())), rows));
        }
        return records;
    }

    private static Map<String, Object> accommodation(ViewText text, Accommodation value) {
        List<Map<String, Object>> rows = new ArrayList<>(List.of(row(text.field("description"), value.description(), true)));
        for (AccommodationStep step : value.steps()) {
            rows.add(row(text.field("steps.label"), step.label() + " · " + text.day(step.plannedDate()) + " → "
                    + text.day(step.liftedDate()) + (step.approvedBy() == null ? "" : " · " + step.approvedBy()), true));
        }
        rows.add(row(text.field("reviewsDone"), days(text, value.reviewsDone()), false));
        rows.add(row(text.field("stopConditions"), value.stopConditions(), true));
        return record(ViewText.isolated(value.title()), rows);
    }

    /** An analysis's steps, then each session: its day, observer and rate, and each step's level as number and label. */
    private static Map<String, Object> taskAnalysis(ViewText text, jp.jobcoach.workspace.service.TaskAnalysisService.Sheet sheet) {
        jp.jobcoach.workspace.domain.task.TaskAnalysis value = sheet.analysis().value();
        List<Map<String, Object>> rows = new ArrayList<>(List.of(row(text.field("goal"), value.goal(), true),
                row(text.field("setting"), value.setting(), true), row(text.field("instructor"), value.instructor(), true)));
        value.steps().forEach(step -> rows.add(row(text.field("steps.action"), step.action()
                + (step.retired() ? " (" + text.message("jobcoach.web.task.retired") + ")" : ""), true)));
        var progress = sheet.progress();
        for (int index = 0; index < progress.sessions().size(); index++) {
            var session = progress.sessions().get(index).value();
            StringBuilder levels = new StringBuilder(progress.rate(index).map(rate -> TaskAnalysisView.rateText(text, rate))
                    .orElse(text.message("jobcoach.web.task.rate-none")));
            for (var step : value.steps()) {
                var level = session.levelOf(step.id());
                levels.append(" · ").append(step.action()).append(": ")
                        .append(level.observed() ? level.score().getAsInt() + " " : "").append(text.label(level));
            }
            rows.add(row(text.day(session.date()) + " " + text.person(session.recorderKey()), levels.toString(), true));
            if (session.note() != null && !session.note().isBlank()) {
                rows.add(row(text.field("note"), session.note(), true));
            }
        }
        return record(ViewText.isolated(value.title()), rows);
    }

    private static Map<Long, String> analysisTitles(WorkerCopy copy) {
        Map<Long, String> titles = new java.util.HashMap<>();
        copy.taskAnalyses().forEach(sheet -> titles.put(sheet.id(), sheet.analysis().value().title()));
        return titles;
    }

    /** A week: planned and worked hours day by day, its note, then each task with its outcome and linked analysis. */
    private static Map<String, Object> workWeek(ViewText text, jp.jobcoach.workspace.domain.workload.WorkWeek week,
                                                Map<Long, String> analyses) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(text.field("plannedHours"), hoursByDay(text, week, week.plannedHours()), false));
        rows.add(row(text.field("actualHours"), week.hasActuals() ? hoursByDay(text, week, week.actualHours()) : null, false));
        rows.add(row(text.field("note"), week.note(), true));
        for (var task : week.tasks()) {
            StringBuilder value = new StringBuilder(task.title()).append(" · ")
                    .append(CapacityText.hours(task.estimatedHours())).append(" h · ")
                    .append(text.field("tasks.due")).append(" ").append(text.day(task.due())).append(" · ")
                    .append(text.person(task.assignedBy())).append(" · ").append(text.label(task.outcome()));
            if (task.carriedFrom() != null) {
                value.append(" · ").append(text.message("jobcoach.web.workload.carried-from", text.day(task.carriedFrom())));
            }
            if (task.taskAnalysisId() != null) {
                value.append(" · ").append(text.field("tasks.taskAnalysisId")).append(": ").append(analyses.getOrDefault(
                        task.taskAnalysisId(), text.message("jobcoach.web.workload.analysis-linked")));
            }
            rows.add(row(text.field("tasks.title"), value.toString(), true));
        }
        return record(text.message("jobcoach.web.workload.week-of", text.day(week.start()), text.day(week.end())), rows);
    }

    private static String hoursByDay(ViewText text, jp.jobcoach.workspace.domain.workload.WorkWeek week, List<Double> hours) {
        List<String> days = new ArrayList<>();
        for (int day = 0; day < jp.jobcoach.workspace.domain.workload.WorkWeek.DAYS; day++) {
            Double value = hours.get(day);
            days.add(text.message("jobcoach.web.workload.day." + (day + 1)) + " " + (value == null ? "—" : CapacityText.hours(value)));
        }
        return String.join(" · ", days);
    }

    private static Map<String, Object> interview(ViewText text, RetentionInterview value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(text.field("participants"), value.participants().stream().map(participant -> participant(text, participant))
                .collect(Collectors.joining(", ")), true));
        rows.add(row(text.field("workerAbsentReason"), value.workerAbsentReason(), true));
        value.ratings().ratings().forEach((item, rating) -> rows.add(row(text.label(item), String.valueOf(rating), false)));
        rows.add(row(text.field("notes.workerAccount"), value.notes().workerAccount(), true));
        rows.add(row(text.field("notes.workStatus"), value.notes().workStatus(), true));
        rows.add(row(text.field("notes.workVolume"), value.notes().workVolume(), true));
        rows.add(row(text.field("notes.worries"), value.notes().worries(), true));
        rows.add(row(text.field("notes.companyObservations"), value.notes().companyObservations(), true));
        value.carriedActions().forEach(action -> rows.add(action(text, "carriedActions", action)));
        value.newActions().forEach(action -> rows.add(action(text, "newActions", action)));
        rows.add(row(text.field("nextDate"), text.day(value.nextDate()), false));
        return record(text.day(value.date()), rows);
    }

    private static String participant(ViewText text, Participant participant) {
        return person(text, participant.person()) + " (" + text.label(participant.role()) + ")";
    }

    private static String person(ViewText text, PersonRef person) {
        return person.hasAccount() ? text.person(person.userKey()) : nonNull(person.displayName());
    }

    private static Map<String, Object> action(ViewText text, String list, AgreedAction action) {
        return row(text.field(list), action.what() + " · " + person(text, action.owner()) + " · " + text.day(action.dueDate())
                + " · " + text.label(action.status()) + (action.progressNote() == null ? "" : " · " + action.progressNote()), true);
    }

    private static Map<String, Object> visit(ViewText text, VisitRecord value) {
        return record(text.day(value.date()) + " " + text.label(value.kind()), List.of(
                row(text.field("coachKeys"), value.coachKeys().stream().map(text::person).collect(Collectors.joining(", ")), false),
                row(text.field("observations"), value.observations(), true),
                row(text.field("adviceToWorker"), value.adviceToWorker(), true),
                row(text.field("adviceToCompany"), value.adviceToCompany(), true),
                row(text.field("nextSteps"), value.nextSteps(), true),
                row(text.field("handOver"), value.handOver(), true)));
    }

    private static Map<String, Object> auditRow(ViewText text, AuditEntry entry) {
        AuditLabels labels = new AuditLabels(text);
        return row(labels.when(entry), labels.actor(entry) + " · " + labels.action(entry.action()) + " · "
                + labels.category(entry.category()) + " · " + labels.record(entry), false);
    }

    private static String days(ViewText text, List<java.time.LocalDate> days) {
        return days.stream().map(text::day).collect(Collectors.joining(", "));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
