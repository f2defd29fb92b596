package jp.jobcoach.workspace.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;

/**
 * One kind of dated record on the case calendar. Each source reads its records for a set of cases in a fixed number of
 * statements (whatever the history and however many cases), and gives items of one data category, so that the
 * {@link CalendarService} asks it only for the cases whose viewer sees that category. A new kind of dated record is a
 * new source and one line in {@link CalendarService#sources}.
 */
public interface CalendarSource {

    /** The category of every item this source gives ({@code CalendarKind#category()} of its kinds). */
    DataCategory category();

    /** The items of {@code scope}'s cases that overlap its days. */
    List<CalendarItem> read(Scope scope);

    /**
     * What to read: these cases (with their teams as the guard read them), from {@code from} to {@code to}, both
     * included; {@code today} is the day the guard judges on, for items whose status depends on it (a planned visit
     * is missed once its week is over).
     */
    record Scope(Map<Long, Team> teams, LocalDate from, LocalDate to, LocalDate today) {
        public Scope {
            teams = Map.copyOf(teams);
        }

        public Collection<Long> caseIds() {
            return teams.keySet();
        }
    }
}
