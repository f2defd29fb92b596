package jp.jobcoach.workspace.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlannedVisit;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.VisitSchedule;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.CalendarItem.RecordRef;
import jp.jobcoach.workspace.domain.calendar.CalendarKind;
import jp.jobcoach.workspace.domain.calendar.StepStatus;
import jp.jobcoach.workspace.domain.calendar.VisitBy;
import jp.jobcoach.workspace.store.CalendarStore;

/** The calendar sources of the records that exist today, one per kind of record, each one read of the store. */
final class CalendarSources {
    private CalendarSources() {
    }

    /** Visits done, by which coach of the pair (the pair as the team holds it now) and of which kind. */
    record Visits(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.VISITS;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            return store.visits(scope.caseIds(), scope.from(), scope.to()).stream().map(row -> CalendarItem.onDay(
                    CalendarKind.VISIT, row.caseId(), row.date(), new RecordRef("visit", row.id()), "", row.coachKeys(),
                    List.of(VisitBy.of(row.coachKeys(), scope.teams().getOrDefault(row.caseId(), Team.empty())), row.kind()),
                    null)).toList();
        }
    }

    /**
     * Interviews on their day, and the case's next interview date: the one agreed at the latest interview read, one
     * item per case whatever interview set it (its UID is the case's), hidden once an interview is held after the
     * one that set it.
     */
    record Interviews(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.INTERVIEWS;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            List<CalendarItem> items = new ArrayList<>();
            Map<Long, CalendarStore.InterviewRow> latest = new HashMap<>();
            for (CalendarStore.InterviewRow row : store.interviews(scope.caseIds(), scope.from(), scope.to())) {
                if (!row.date().isBefore(scope.from()) && !row.date().isAfter(scope.to())) {
                    items.add(CalendarItem.onDay(CalendarKind.INTERVIEW, row.caseId(), row.date(),
                            new RecordRef("interview", row.id()), "", List.of(), List.of(), null));
                }
                latest.merge(row.caseId(), row, (one, other) -> other.date().compareTo(one.date()) >= 0 ? other : one);
            }
            latest.values().stream().filter(row -> row.nextDate() != null && !row.nextDate().isBefore(scope.from())
                    && !row.nextDate().isAfter(scope.to())).forEach(row -> items.add(new CalendarItem(
                    CalendarItem.uid(CalendarKind.NEXT_INTERVIEW, row.caseId(), row.caseId(), ""), row.caseId(),
                    CalendarKind.NEXT_INTERVIEW, row.nextDate(), row.nextDate(), null, null, List.of(), List.of(), null,
                    new RecordRef("interview", row.id()))));
            return items;
        }
    }

    /** The phases of each case's current plan, from their first to their last day. */
    record PlanPhases(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.PLAN;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            List<CalendarItem> items = new ArrayList<>();
            store.planTimelines(scope.caseIds()).forEach((caseId, timeline) -> items.addAll(phases(caseId, timeline, scope)));
            return items;
        }

        private static List<CalendarItem> phases(long caseId, PlanTimeline timeline, Scope scope) {
            List<CalendarItem> items = new ArrayList<>();
            for (PlanPhase phase : timeline.planned()) {
                DateRange dates = timeline.dates(phase).orElseThrow();
                if (dates.start() == null || dates.end() == null || dates.end().isBefore(dates.start())) {
                    continue;
                }
                CalendarItem item = CalendarItem.spanning(CalendarKind.PLAN_PHASE, caseId, dates.start(), dates.end(),
                        new RecordRef("plan", caseId), phase.name().toLowerCase(java.util.Locale.ROOT), List.of(phase));
                if (item.overlaps(scope.from(), scope.to())) {
                    items.add(item);
                }
            }
            return items;
        }
    }

    /**
     * Accommodations' planned reviews and their steps (on the lifted day once lifted, else on the planned one). The
     * accommodation's title and the step's label are free text: they go into the item's product-only detail, never
     * its title.
     */
    record Accommodations(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.ACCOMMODATIONS;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            List<CalendarItem> items = new ArrayList<>();
            for (CalendarStore.AccommodationRow row : store.accommodations(scope.caseIds())) {
                RecordRef record = new RecordRef("accommodation", row.id());
                for (int index = 0; index < row.reviewDates().size(); index++) {
                    LocalDate day = row.reviewDates().get(index);
                    add(items, scope, CalendarItem.onDay(CalendarKind.ACCOMMODATION_REVIEW, row.caseId(), day, record,
                            "r" + index, List.of(), List.of(), row.title()));
                }
                for (CalendarStore.StepRow step : row.steps()) {
                    LocalDate day = step.liftedDate() != null ? step.liftedDate() : step.plannedDate();
                    if (day != null) {
                        add(items, scope, CalendarItem.onDay(CalendarKind.ACCOMMODATION_STEP, row.caseId(), day, record,
                                "s" + step.index(), List.of(), List.of(step.liftedDate() != null ? StepStatus.LIFTED
                                        : StepStatus.PLANNED), row.title() + " — " + step.label()));
                    }
                }
            }
            return items;
        }

        private static void add(List<CalendarItem> items, Scope scope, CalendarItem item) {
            if (item.overlaps(scope.from(), scope.to())) {
                items.add(item);
            }
        }
    }

    /**
     * Planned visits, by which coach of the pair, with where each stands against the visits recorded
     * ({@link VisitSchedule}: done, missed, this week, planned). A visit keeps a planned one in its week, so both are
     * read from the Monday of the first week to the Sunday of the last (two statements) and judged week by week as
     * the visits page judges them. The planned visit's note stays in the product.
     */
    record PlannedVisits(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.VISITS;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            LocalDate start = VisitSchedule.weekOf(scope.from()).start();
            LocalDate end = VisitSchedule.weekOf(scope.to()).end();
            Map<Long, List<Stored<PlannedVisit>>> planned = new LinkedHashMap<>();
            Map<Long, String> coaches = new HashMap<>();
            for (CalendarStore.PlannedVisitRow row : store.plannedVisits(scope.caseIds(), start, end)) {
                planned.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(new Stored<>(row.id(), row.caseId(), 0,
                        new PlannedVisit(row.date(), row.coachKey(), null)));
                coaches.put(row.id(), row.coachKey());
            }
            if (planned.isEmpty()) {
                return List.of();
            }
            Map<Long, List<LocalDate>> visitDays = new HashMap<>();
            store.visits(planned.keySet(), start, end).forEach(row ->
                    visitDays.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row.date()));
            List<CalendarItem> items = new ArrayList<>();
            planned.forEach((caseId, rows) -> {
                Team team = scope.teams().getOrDefault(caseId, Team.empty());
                for (VisitSchedule.Entry entry : VisitSchedule.judge(rows, visitDays.getOrDefault(caseId, List.of()),
                        scope.today())) {
                    LocalDate day = entry.planned().value().date();
                    if (day.isBefore(scope.from()) || day.isAfter(scope.to())) {
                        continue;
                    }
                    List<String> coach = List.of(coaches.get(entry.planned().id()));
                    items.add(CalendarItem.onDay(CalendarKind.PLANNED_VISIT, caseId, day,
                            new RecordRef("planned-visit", entry.planned().id()), "", coach,
                            List.of(VisitBy.of(coach, team), entry.status()), null));
                }
            });
            return items;
        }
    }

    /**
     * Task-analysis sessions on their day, linked to their analysis's worksheet (one item per session). The analysis's
     * title is free text: it goes into the item's product-only detail, never its title; the session's note is not
     * read. The guard's consent narrowing applies as for every source: without the worker's consent the category is
     * not seen, so the source is not asked.
     */
    record TaskSessions(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.TASK_ANALYSIS;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            return store.taskSessions(scope.caseIds(), scope.from(), scope.to()).stream().map(row -> CalendarItem.onDay(
                    CalendarKind.TA_SESSION, row.caseId(), row.date(), new RecordRef("task-analysis", row.analysisId()),
                    "s" + row.id(), List.of(), List.of(), row.analysisTitle())).toList();
        }
    }

    /** The first day of each week whose workload is recorded (its plan or its actuals): one all-day item per week. */
    record WorkWeeks(CalendarStore store) implements CalendarSource {
        @Override
        public DataCategory category() {
            return DataCategory.WORKLOAD;
        }

        @Override
        public List<CalendarItem> read(Scope scope) {
            return store.workWeeks(scope.caseIds(), scope.from(), scope.to()).stream().map(row -> CalendarItem.onDay(
                    CalendarKind.WORK_WEEK, row.caseId(), row.weekStart(), new RecordRef("work-week", row.id()), "",
                    List.of(), List.of(), null)).toList();
        }
    }
}
