package jp.jobcoach.workspace.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.PlanPhase;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.Team;
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
}
