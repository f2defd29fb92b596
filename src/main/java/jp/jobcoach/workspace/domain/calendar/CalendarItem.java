package jp.jobcoach.workspace.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Labelled;

/**
 * One dated thing of a case on its calendar. Its title is neutral by construction: the kind's label and
 * {@code qualifiers}, which are labels of fixed values (a plan phase, a coach slot, a kind of visit), never free text,
 * so it carries no health detail into a feed or a page title. Free text that helps in the product (an
 * accommodation's title) is {@link #detail}, shown only in the product to those who see the item's category, and
 * never written to a feed.
 *
 * @param uid        stable across reads and feeds: the kind, the case, the record and the part of it
 *                   ({@link #uid(CalendarKind, long, long, String)})
 * @param date       the (first) day
 * @param endDate    the last day, inclusive, for an item that spans days (a plan phase); {@code date} otherwise
 * @param startTime  the start for a timed item (Asia/Tokyo wall time); null for an all-day item
 * @param duration   how long a timed item lasts; zero for an all-day one
 * @param peopleKeys the people the item is about, e.g. the coaches of a visit (never the worker)
 * @param qualifiers labels of fixed values that complete the title
 * @param detail     free text for the product only; null when there is none
 * @param record     the record the item comes from, which it links to
 */
public record CalendarItem(String uid, long caseId, CalendarKind kind, LocalDate date, LocalDate endDate,
                           LocalTime startTime, Duration duration, List<String> peopleKeys, List<Labelled> qualifiers,
                           String detail, RecordRef record) {

    /** The record an item links to: its type (as the audit log names records) and id. */
    public record RecordRef(String type, long id) {
    }

    public CalendarItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        endDate = endDate == null ? date : endDate;
        if (endDate.isBefore(date)) {
            throw new IllegalArgumentException("ends before it starts: " + uid);
        }
        duration = duration == null ? Duration.ZERO : duration;
        peopleKeys = List.copyOf(peopleKeys);
        qualifiers = List.copyOf(qualifiers);
    }

    /** An all-day item on one day. */
    public static CalendarItem onDay(CalendarKind kind, long caseId, LocalDate date, RecordRef record, String part,
                                     List<String> peopleKeys, List<Labelled> qualifiers, String detail) {
        return new CalendarItem(uid(kind, caseId, record.id(), part), caseId, kind, date, date, null, null, peopleKeys,
                qualifiers, detail, record);
    }

    /** An all-day item from {@code start} to {@code end}, both included. */
    public static CalendarItem spanning(CalendarKind kind, long caseId, LocalDate start, LocalDate end, RecordRef record,
                                        String part, List<Labelled> qualifiers) {
        return new CalendarItem(uid(kind, caseId, record.id(), part), caseId, kind, start, end, null, null, List.of(),
                qualifiers, null, record);
    }

    /**
     * The stable identity of an item: the same record gives the same UID on every read, in every feed and on every
     * node ({@code jobcoach-visit-12-345@jp.jobcoach.workspace}); {@code part} tells apart several items of one
     * record (the second review date of an accommodation), and is empty when a record gives one item.
     */
    public static String uid(CalendarKind kind, long caseId, long recordId, String part) {
        String suffix = part == null || part.isEmpty() ? "" : "-" + part;
        return "jobcoach-" + kind.slug() + "-" + caseId + "-" + recordId + suffix + "@jp.jobcoach.workspace";
    }

    public DataCategory category() {
        return kind.category();
    }

    public boolean isTimed() {
        return startTime != null;
    }

    /** Whether it covers more than one day. */
    public boolean spansDays() {
        return endDate.isAfter(date);
    }

    /** Whether any of its days falls within {@code from}..{@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !date.isAfter(to) && !endDate.isBefore(from);
    }

    /**
     * What a subscriber's calendar shows of the item, as one text: when it changes, the item changed for the feed
     * (its SEQUENCE goes up). The detail is left out, since the feed never carries it.
     */
    public String fingerprint() {
        return kind + "|" + date + "|" + endDate + "|" + startTime + "|" + duration.toMinutes() + "|"
                + String.join(",", peopleKeys) + "|"
                + qualifiers.stream().map(Labelled::i18nKey).collect(Collectors.joining(","));
    }
}
