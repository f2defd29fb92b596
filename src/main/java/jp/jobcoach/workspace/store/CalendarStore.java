package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.VisitKind;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The dated columns of a set of cases' records, for their calendar: one statement per kind of record for up to
 * {@link Columns#MAX_IN_LIST} cases (a person's feed over all their cases costs what one case's calendar costs),
 * each kept to the calendar's days where the record has one date column, and reading only the columns an item
 * shows (never the long texts). The case ids come from the guard, never from the data read, so the IN list is as long
 * as the cases asked for, not as the history.
 */
@Named
public class CalendarStore {
    private final ActiveObjects ao;

    @Inject
    public CalendarStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    public record VisitRow(long id, long caseId, LocalDate date, List<String> coachKeys, VisitKind kind) {
    }

    public record InterviewRow(long id, long caseId, LocalDate date, LocalDate nextDate) {
    }

    public record StepRow(int index, String label, LocalDate plannedDate, LocalDate liftedDate) {
    }

    public record PlannedVisitRow(long id, long caseId, LocalDate date, String coachKey) {
    }

    public record TaskSessionRow(long id, long caseId, long analysisId, String analysisTitle, LocalDate date) {
    }

    public record WorkWeekRow(long id, long caseId, LocalDate weekStart) {
    }

    public record AccommodationRow(long id, long caseId, String title, List<LocalDate> reviewDates, List<StepRow> steps) {
    }

    /** Visits dated {@code from}..{@code to}. */
    public List<VisitRow> visits(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<VisitRow> rows = new ArrayList<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            stream(VisitRecordEntity.class, Query.select("ID, CASE_ID, VISIT_DATE, COACH_KEY, SECOND_COACH_KEY, KIND")
                    .where(in("CASE_ID", chunk) + " AND VISIT_DATE >= ? AND VISIT_DATE <= ?", params(chunk, day(from), day(to)))
                    .order("CASE_ID, VISIT_DATE, ID"), row -> {
                List<String> coaches = new ArrayList<>();
                coaches.add(row.getCoachKey());
                if (row.getSecondCoachKey() != null) {
                    coaches.add(row.getSecondCoachKey());
                }
                rows.add(new VisitRow(row.getID(), row.getCaseId(), day(row.getVisitDate()), coaches,
                        Columns.constant(VisitKind.class, row.getKind())));
            });
        }
        return rows;
    }

    /**
     * Interviews held within {@code from}..{@code to} and those whose next date falls within it: rows as many as the
     * range holds, whatever the history.
     */
    public List<InterviewRow> interviews(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<InterviewRow> rows = new ArrayList<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            stream(InterviewEntity.class, Query.select("ID, CASE_ID, IV_DATE, NEXT_DATE")
                    .where(in("CASE_ID", chunk) + " AND ((IV_DATE >= ? AND IV_DATE <= ?) OR (NEXT_DATE >= ? AND NEXT_DATE <= ?))",
                            params(chunk, day(from), day(to), day(from), day(to)))
                    .order("CASE_ID, IV_DATE, ID"), row -> rows.add(new InterviewRow(row.getID(), row.getCaseId(),
                    day(row.getIvDate()), row.getNextDate() == null ? null : day(row.getNextDate()))));
        }
        return rows;
    }

    /**
     * The phase dates of each case's newest plan revision. The revisions' small columns are read newest first and the
     * first per case kept: one statement, a row per revision (a plan has a handful), no long text.
     */
    public Map<Long, PlanTimeline> planTimelines(Collection<Long> caseIds) {
        Map<Long, PlanTimeline> timelines = new LinkedHashMap<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            Query query = Query.select("ID, CASE_ID, REVISION, PHASE_DATES").where(in("CASE_ID", chunk), chunk.toArray())
                    .order("CASE_ID, REVISION DESC");
            if (chunk.size() == 1) {
                query = query.limit(1);
            }
            stream(PlanRevisionEntity.class, query,
                    row -> timelines.putIfAbsent(row.getCaseId(), PlanStore.timeline(row.getPhaseDates())));
        }
        return timelines;
    }

    /** The cases' accommodations with their review dates and steps: two statements, the steps joined on the case. */
    public List<AccommodationRow> accommodations(Collection<Long> caseIds) {
        Map<Long, long[]> owners = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, List<LocalDate>> reviews = new HashMap<>();
        Map<Long, List<StepRow>> steps = new HashMap<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            stream(AccommodationEntity.class, Query.select("ID, CASE_ID, TITLE, REVIEW_DATES")
                    .where(in("CASE_ID", chunk), chunk.toArray()).order("CASE_ID, ID"), row -> {
                owners.put((long) row.getID(), new long[] {row.getCaseId()});
                titles.put((long) row.getID(), row.getTitle());
                reviews.put((long) row.getID(), Columns.days(row.getReviewDates()));
            });
            if (owners.isEmpty()) {
                continue;
            }
            stream(AccommodationStepEntity.class, Query.select("ID, ACCOMMODATION_ID, STEP_INDEX, LABEL, PLANNED_DATE, LIFTED_DATE")
                    .alias(AccommodationStepEntity.class, "s").alias(AccommodationEntity.class, "a")
                    .join(AccommodationEntity.class, "a.ID = s.ACCOMMODATION_ID")
                    .where(in("a.CASE_ID", chunk), chunk.toArray()).order("s.ACCOMMODATION_ID, s.STEP_INDEX"),
                    row -> steps.computeIfAbsent(row.getAccommodationId(), id -> new ArrayList<>()).add(new StepRow(
                            row.getStepIndex(), row.getLabel(), row.getPlannedDate() == null ? null : day(row.getPlannedDate()),
                            row.getLiftedDate() == null ? null : day(row.getLiftedDate()))));
        }
        List<AccommodationRow> rows = new ArrayList<>();
        owners.forEach((id, owner) -> rows.add(new AccommodationRow(id, owner[0], titles.get(id), reviews.get(id),
                steps.getOrDefault(id, List.of()))));
        return rows;
    }

    /** Planned visits dated {@code from}..{@code to} (never their note). */
    public List<PlannedVisitRow> plannedVisits(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<PlannedVisitRow> rows = new ArrayList<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            stream(PlannedVisitEntity.class, Query.select("ID, CASE_ID, PLANNED_DATE, COACH_KEY")
                    .where(in("CASE_ID", chunk) + " AND PLANNED_DATE >= ? AND PLANNED_DATE <= ?", params(chunk, day(from), day(to)))
                    .order("CASE_ID, PLANNED_DATE, ID"), row -> rows.add(new PlannedVisitRow(row.getID(), row.getCaseId(),
                    day(row.getPlannedDate()), row.getCoachKey())));
        }
        return rows;
    }

    /**
     * Task-analysis sessions dated {@code from}..{@code to} (never their note), with their analysis's title: two
     * statements, the second (the cases' analyses' ids and titles, a handful per case) only when there are sessions.
     */
    public List<TaskSessionRow> taskSessions(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<TaskSessionRow> rows = new ArrayList<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            List<long[]> found = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            stream(TaskSessionEntity.class, Query.select("ID, CASE_ID, ANALYSIS_ID, SESSION_DATE")
                    .where(in("CASE_ID", chunk) + " AND SESSION_DATE >= ? AND SESSION_DATE <= ?", params(chunk, day(from), day(to)))
                    .order("CASE_ID, SESSION_DATE, ID"), row -> {
                found.add(new long[] {row.getID(), row.getCaseId(), row.getAnalysisId()});
                days.add(day(row.getSessionDate()));
            });
            if (found.isEmpty()) {
                continue;
            }
            Map<Long, String> titles = new HashMap<>();
            stream(TaskAnalysisEntity.class, Query.select("ID, CASE_ID, TITLE").where(in("CASE_ID", chunk), chunk.toArray()),
                    row -> titles.put((long) row.getID(), row.getTitle()));
            for (int index = 0; index < found.size(); index++) {
                long[] session = found.get(index);
                rows.add(new TaskSessionRow(session[0], session[1], session[2], titles.get(session[2]), days.get(index)));
            }
        }
        return rows;
    }

    /** The weeks of recorded workload whose Monday falls within {@code from}..{@code to}. */
    public List<WorkWeekRow> workWeeks(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<WorkWeekRow> rows = new ArrayList<>();
        for (List<Long> chunk : Columns.chunks(caseIds)) {
            stream(WorkWeekEntity.class, Query.select("ID, CASE_ID, WEEK_START")
                    .where(in("CASE_ID", chunk) + " AND WEEK_START >= ? AND WEEK_START <= ?", params(chunk, day(from), day(to)))
                    .order("CASE_ID, WEEK_START, ID"), row -> rows.add(new WorkWeekRow(row.getID(), row.getCaseId(),
                    day(row.getWeekStart()))));
        }
        return rows;
    }

    private <E extends RawEntity<Integer>> void stream(Class<E> type, Query query, Consumer<E> row) {
        ao.stream(type, query, row::accept);
    }

    private static String in(String column, List<Long> chunk) {
        return chunk.size() == 1 ? column + " = ?" : column + " IN (" + Columns.placeholders(chunk.size()) + ")";
    }

    private static Object[] params(List<Long> chunk, Object... more) {
        List<Object> all = new ArrayList<>(chunk);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
