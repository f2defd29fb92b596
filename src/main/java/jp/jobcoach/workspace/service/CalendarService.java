package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.DateRange;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.PlanTimeline;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.calendar.CalendarAgenda;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.VisitRota;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.store.CalendarStore;
import jp.jobcoach.workspace.store.CasePageStore;

/**
 * The case calendar: every dated record of a case that the viewer may see, for a range of days. Each kind of record
 * comes from its {@link CalendarSource}, asked only for the cases whose viewer sees its category, so what each person
 * sees follows the role matrix item by item; each source costs a fixed number of statements whatever the history
 * (StatementCountTest). Nothing shown is health data, and titles are neutral by construction ({@link CalendarItem}),
 * so reading the calendar is not audited; a feed's fetches are ({@code CalendarFeedService}).
 */
@Named
public class CalendarService {
    /** The longest range one read may ask for: a year and a bit, what a feed covers. */
    public static final int MAX_DAYS = 600;
    public static final String RANGE = "jobcoach.validation.calendar.range";

    private final CaseGuard guard;
    private final CalendarStore store;
    private final CasePageStore casePages;
    private final PageAccess pages;
    /** Every kind of dated record; a new kind is one more source here. */
    private final List<CalendarSource> sources;

    @Inject
    public CalendarService(CaseGuard guard, CalendarStore store, CasePageStore casePages, PageAccess pages) {
        this.guard = guard;
        this.store = store;
        this.casePages = casePages;
        this.pages = pages;
        this.sources = List.of(
                new CalendarSources.Visits(store),
                new CalendarSources.Interviews(store),
                new CalendarSources.PlanPhases(store),
                new CalendarSources.Accommodations(store),
                new CalendarSources.PlannedVisits(store),
                new CalendarSources.TaskSessions(store),
                new CalendarSources.WorkWeeks(store));
    }

    /**
     * A case's calendar for {@code from}..{@code to} as the viewer may see it.
     *
     * @param items in calendar order ({@link CalendarAgenda#ORDER})
     * @param links where each item's record is shown, by UID (the record's page, at the record when it has an anchor);
     *              absent for an item whose page is not filed or the viewer cannot view
     */
    public record CaseCalendar(GuardedCase on, LocalDate from, LocalDate to, List<CalendarItem> items,
                               Map<String, String> links) {
        public CaseCalendar {
            items = List.copyOf(items);
            links = Map.copyOf(links);
        }
    }

    /** Lets the viewer into the case's schedule: every member of the team. */
    public GuardedCase on(long caseId) {
        return guard.require(caseId, DataCategory.SCHEDULE, VIEW);
    }

    /**
     * @throws ValidationException for a range that is missing, ends before it starts or is longer than {@link #MAX_DAYS}
     * @throws NotFoundException   for a non-member
     */
    public CaseCalendar calendar(long caseId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return calendar(on(caseId), from, to);
    }

    public CaseCalendar calendar(GuardedCase on, LocalDate from, LocalDate to) {
        checkRange(from, to);
        guard.require(on, DataCategory.SCHEDULE, VIEW);
        List<CalendarItem> items = items(List.of(on), from, to, false);
        return new CaseCalendar(on, from, to, items, links(on, items));
    }

    /**
     * The items of {@code cases} within {@code from}..{@code to}: of every category when {@code everything} (a feed
     * reconciles what it said before against all of a case's items, and filters per viewer after), else only of the
     * categories each case's viewer sees. One read per source for all the cases.
     */
    List<CalendarItem> items(Collection<GuardedCase> cases, LocalDate from, LocalDate to, boolean everything) {
        List<CalendarItem> items = new ArrayList<>();
        LocalDate today = cases.isEmpty() ? from : cases.iterator().next().today();
        for (CalendarSource source : sources) {
            Map<Long, Team> teams = new LinkedHashMap<>();
            cases.stream().filter(on -> everything || on.sees(source.category()))
                    .forEach(on -> teams.put(on.caseId(), on.team()));
            if (!teams.isEmpty()) {
                items.addAll(source.read(new CalendarSource.Scope(teams, from, to, today)));
            }
        }
        items.sort(CalendarAgenda.ORDER);
        return items;
    }

    /**
     * Who visits when: the coach pair's visits per plan phase against the planned frequency, for those who see
     * visits (the center's staff, the in-company coach, occupational health); empty for the others.
     */
    public Optional<VisitRota> rota(GuardedCase on) {
        if (!on.sees(DataCategory.VISITS)) {
            return Optional.empty();
        }
        PlanTimeline timeline = store.planTimelines(List.of(on.caseId())).getOrDefault(on.caseId(), PlanTimeline.empty());
        List<DateRange> phases = timeline.planned().stream().map(phase -> timeline.dates(phase).orElseThrow())
                .filter(dates -> dates.start() != null && dates.end() != null).toList();
        List<VisitRota.Visit> visits = phases.isEmpty() ? List.of() : store.visits(List.of(on.caseId()),
                phases.stream().map(DateRange::start).min(LocalDate::compareTo).orElseThrow(),
                phases.stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow()).stream()
                .map(row -> new VisitRota.Visit(row.date(), row.coachKeys())).toList();
        return Optional.of(VisitRota.of(timeline, on.stored().value().supports(), on.team(), visits));
    }

    /**
     * {@link #rota(GuardedCase)} through the REST API.
     *
     * @throws AccessDeniedException for a member who does not see visits
     */
    public VisitRota rota(long caseId) {
        GuardedCase on = guard.require(caseId, DataCategory.VISITS, VIEW);
        return rota(on).orElseThrow();
    }

    /** Where each item's record shows: one read of the case's filed pages, one page check for them all. */
    private Map<String, String> links(GuardedCase on, List<CalendarItem> items) {
        Map<CasePageKind, Long> filed = casePages.pagesOf(on.caseId());
        Long root = on.stored().value().rootPageId();
        List<Long> wanted = new ArrayList<>(filed.values());
        if (root != null) {
            wanted.add(root);
        }
        java.util.Set<Long> viewable = wanted.isEmpty() ? java.util.Set.of() : pages.viewablePageIds(on.actorKey(), wanted);
        Map<CasePageKind, String> byKind = new EnumMap<>(CasePageKind.class);
        for (Map.Entry<CasePageKind, Long> page : filed.entrySet()) {
            if (viewable.contains(page.getValue())) {
                pages.page(page.getValue()).ifPresent(link -> byKind.put(page.getKey(), link.url()));
            }
        }
        String home = root != null && viewable.contains(root) ? pages.page(root).map(PageAccess.PageLink::url).orElse(null) : null;
        Map<String, String> links = new HashMap<>();
        for (CalendarItem item : items) {
            String url = item.kind().page().isPresent() ? byKind.get(item.kind().page().get()) : home;
            if (url != null) {
                links.put(item.uid(), url + item.kind().anchor(item.record().id()).map(anchor -> "#" + anchor).orElse(""));
            }
        }
        return links;
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new ValidationException(new FieldError("to", RANGE, MAX_DAYS));
        }
    }
}
