package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.RecentEntries;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Reads each kind of timeline entry with one statement (accommodation steps: two; none when the read allows no
 * author or no page), newest first, at most {@link TimelineRead#limit()} rows after the cursor by a keyset
 * condition that the kind's composite index {@code (CASE_ID, date, id)} serves; stores comments. Rows are
 * streamed with only the columns an entry shows ({@code find} of a {@code @Preload} entity reads every column, the
 * long texts included). What may be read comes decided in the {@link TimelineRead}. Records dated by a day stand
 * at the start of that day (UTC) on the timeline.
 */
@Named
public class TimelineStore {
    /** The category of comments stored before comments carried their page's: the most guarded of them. */
    static final DataCategory UNRECORDED_CATEGORY = DataCategory.HEALTH;

    private final ActiveObjects ao;

    @Inject
    public TimelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * A comment on a page of the case's tree, in its {@link TimelineEntry#category()}; a comment already stored (an
     * event seen twice) is left alone.
     */
    public void addComment(long caseId, TimelineEntry comment) {
        if (ao.count(TimelineCommentEntity.class, "COMMENT_ID = ?", comment.sourceId()) > 0) {
            return;
        }
        ao.create(TimelineCommentEntity.class,
                new DBParam("CASE_ID", caseId),
                new DBParam("PAGE_ID", comment.sourcePageId()),
                new DBParam("COMMENT_ID", comment.sourceId()),
                new DBParam("AUTHOR_KEY", comment.authorKey()),
                new DBParam("AUTHOR_ROLE", Columns.name(comment.authorRole())),
                new DBParam("PAGE_TITLE", comment.title()),
                new DBParam("EXCERPT", comment.excerpt()),
                new DBParam("URL", comment.link()),
                new DBParam("CREATED_AT", Date.from(comment.at())),
                new DBParam("CATEGORY", comment.category().name()));
    }

    /** Deletes the comment's row if {@code authorKey} wrote it on this case; answers how many rows went (0 or 1). */
    public int removeComment(long caseId, long commentId, String authorKey) {
        return ao.deleteWithSQL(TimelineCommentEntity.class, "CASE_ID = ? AND COMMENT_ID = ? AND AUTHOR_KEY = ?",
                caseId, commentId, authorKey);
    }

    /**
     * The pages of the case that have comments, so the caller can keep only those the viewer may see: one row per
     * page (streamed, since {@code find} of the {@code @Preload} entity would select every column and so defeat the
     * DISTINCT, handing out a row per comment).
     */
    public Set<Long> commentedPages(long caseId) {
        Set<Long> pages = new HashSet<>();
        ao.stream(TimelineCommentEntity.class, Query.select("PAGE_ID").distinct().where("CASE_ID = ?", caseId),
                row -> pages.add(row.getPageId()));
        return pages;
    }

    /**
     * The entries of {@code kind} that {@code read} allows, newest first. Only comments carry their author's role
     * (stored as it was when they were written); the other kinds come without it, as the role an author is
     * shown with is the team's business, not the table's.
     */
    public List<TimelineEntry> read(TimelineKind kind, TimelineRead read) {
        return recent(kind, read, null).newest();
    }

    /**
     * What happened on a case after a day, by someone else (the case panel's "since your last visit"): records dated
     * by a day after {@code afterDay}, records of an instant from the start of that day (UTC) on, none by
     * {@code notBy}.
     */
    public record Since(LocalDate afterDay, String notBy) {
    }

    /**
     * The entries of {@code kind} that {@code read} allows and that came {@code since} (all of them when null), newest
     * first, at most the read's limit; with {@code since}, also how many there are in all: one count and one read per
     * kind (accommodation steps: one more, the case's accommodations), nothing when the read allows nothing.
     */
    public RecentEntries recent(TimelineKind kind, TimelineRead read, Since since) {
        return switch (kind) {
            case VISIT -> visits(read, since);
            case INTERVIEW -> interviews(read, since);
            case PLAN_CHANGE -> planChanges(read, since);
            case ACCOMMODATION_STEP -> accommodationSteps(read, since);
            case COMMENT -> comments(read, since);
            case TASK_SESSION -> taskSessions(read, since);
        };
    }

    private RecentEntries visits(TimelineRead read, Since since) {
        Select select = Select.byDay(TimelineKind.VISIT, "VISIT_DATE").where("CASE_ID = ?", read.caseId())
                .among("COACH_KEY", read.authors()).after(read.after()).since(since, "COACH_KEY");
        return stream(VisitRecordEntity.class, "ID, VISIT_DATE, COACH_KEY, KIND", select, read.limit(), since != null,
                row -> new TimelineEntry(TimelineKind.VISIT, row.getID(), startOf(row.getVisitDate()), row.getCoachKey(),
                        null, row.getKind(), null, null, null));
    }

    private RecentEntries interviews(TimelineRead read, Since since) {
        Select select = Select.byDay(TimelineKind.INTERVIEW, "IV_DATE").where("CASE_ID = ?", read.caseId())
                .among("AUTHOR_KEY", read.authors()).after(read.after()).since(since, "AUTHOR_KEY");
        return stream(InterviewEntity.class, "ID, IV_DATE, AUTHOR_KEY, STATUS", select, read.limit(), since != null,
                row -> new TimelineEntry(TimelineKind.INTERVIEW, row.getID(), startOf(row.getIvDate()), row.getAuthorKey(),
                        null, row.getStatus(), null, null, null));
    }

    private RecentEntries planChanges(TimelineRead read, Since since) {
        Select select = Select.byInstant(TimelineKind.PLAN_CHANGE, "CREATED_AT", "ID").where("CASE_ID = ?", read.caseId())
                .among("AUTHOR_KEY", read.authors()).after(read.after()).since(since, "AUTHOR_KEY");
        return stream(PlanRevisionEntity.class, "ID, CREATED_AT, AUTHOR_KEY, REVISION", select, read.limit(), since != null,
                row -> new TimelineEntry(TimelineKind.PLAN_CHANGE, row.getID(), row.getCreatedAt().toInstant(),
                        row.getAuthorKey(), null, String.valueOf(row.getRevision()), null, null, null));
    }

    /** Lifted steps: the case's accommodations first (a handful), then their steps. */
    private RecentEntries accommodationSteps(TimelineRead read, Since since) {
        if (read.authors().isNobody()) {
            return RecentEntries.NONE;
        }
        Map<Long, String> titles = new HashMap<>();
        ao.stream(AccommodationEntity.class, Query.select("ID, TITLE").where("CASE_ID = ?", read.caseId()),
                row -> titles.put((long) row.getID(), row.getTitle()));
        Select select = Select.byDay(TimelineKind.ACCOMMODATION_STEP, "LIFTED_DATE")
                .among("ACCOMMODATION_ID", Visibility.only(titles.keySet())).where("LIFTED_DATE IS NOT NULL")
                .among("APPROVED_BY", read.authors()).after(read.after()).since(since, "APPROVED_BY");
        return stream(AccommodationStepEntity.class, "ID, ACCOMMODATION_ID, LIFTED_DATE, APPROVED_BY, LABEL", select,
                read.limit(), since != null, row -> new TimelineEntry(TimelineKind.ACCOMMODATION_STEP, row.getID(),
                        startOf(row.getLiftedDate()), row.getApprovedBy(), null, titles.get(row.getAccommodationId()),
                        row.getLabel(), null, null));
    }

    /**
     * Recorded task-analysis sessions: the case's analyses' titles first (a handful; none, no second statement), then
     * the sessions with the rate stored with them. The entry's title is the analysis's, its excerpt the rate as
     * "independent/observed" (empty when nothing was observed), which the view words.
     */
    private RecentEntries taskSessions(TimelineRead read, Since since) {
        if (read.authors().isNobody()) {
            return RecentEntries.NONE;
        }
        Map<Long, String> titles = new HashMap<>();
        ao.stream(TaskAnalysisEntity.class, Query.select("ID, TITLE").where("CASE_ID = ?", read.caseId()),
                row -> titles.put((long) row.getID(), row.getTitle()));
        if (titles.isEmpty()) {
            return RecentEntries.NONE;
        }
        Select select = Select.byDay(TimelineKind.TASK_SESSION, "SESSION_DATE").where("CASE_ID = ?", read.caseId())
                .among("RECORDER", read.authors()).after(read.after()).since(since, "RECORDER");
        return stream(TaskSessionEntity.class, "ID, ANALYSIS_ID, SESSION_DATE, RECORDER, INDEPENDENT, OBSERVED", select,
                read.limit(), since != null, row -> new TimelineEntry(TimelineKind.TASK_SESSION, row.getID(), startOf(row.getSessionDate()),
                        row.getRecorder(), null, titles.get(row.getAnalysisId()),
                        row.getObserved() == 0 ? "" : row.getIndependent() + "/" + row.getObserved(), null, null));
    }

    /** Comments of the pages, roles and page categories the read allows; a row without a category is HEALTH's. */
    private RecentEntries comments(TimelineRead read, Since since) {
        Visibility<DataCategory> categories = read.commentCategories();
        Select select = Select.byInstant(TimelineKind.COMMENT, "CREATED_AT", "COMMENT_ID").where("CASE_ID = ?", read.caseId())
                .among("PAGE_ID", read.commentPages()).among("AUTHOR_ROLE", read.commentRoles().map(Enum::name))
                .among("CATEGORY", categories.map(Enum::name),
                        categories.isAnyone() || categories.values().contains(UNRECORDED_CATEGORY))
                .after(read.after()).since(since, "AUTHOR_KEY");
        return stream(TimelineCommentEntity.class, "ID, COMMENT_ID, CREATED_AT, AUTHOR_KEY, AUTHOR_ROLE, PAGE_TITLE, "
                + "EXCERPT, URL, PAGE_ID, CATEGORY", select, read.limit(), since != null, row -> TimelineEntry.comment(row.getCommentId(),
                row.getCreatedAt().toInstant(), row.getAuthorKey(), Columns.constant(CaseRole.class, row.getAuthorRole()),
                row.getPageTitle(), row.getExcerpt(), row.getUrl(), row.getPageId(), row.getCategory() == null
                        ? UNRECORDED_CATEGORY : Columns.constant(DataCategory.class, row.getCategory())));
    }

    /**
     * At most {@code limit} rows that {@code select} matches, as entries, reading only {@code columns}; no statement
     * when it matches nothing.
     */
    private <E extends RawEntity<Integer>> RecentEntries stream(Class<E> type, String columns, Select select, int limit,
                                                         boolean counted, Function<E, TimelineEntry> entry) {
        if (select.matchesNothing()) {
            return RecentEntries.NONE;
        }
        List<TimelineEntry> entries = new ArrayList<>();
        ao.stream(type, select.query(columns, limit), row -> entries.add(entry.apply(row)));
        // a count only when there may be more than were read
        int count = counted && entries.size() >= limit ? ao.count(type, select.countQuery()) : entries.size();
        return new RecentEntries(count, entries);
    }

    /** Where a day-dated record stands on the timeline. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant startOf(String day) {
        return startOf(day(day));
    }

    /**
     * One kind's statement, built from parts: conditions joined by AND with their parameters, newest first by the
     * kind's date column, then by the column that holds the entry's source id (the row id, except for comments).
     */
    private static final class Select {
        private final TimelineKind kind;
        private final String dateColumn;
        /** Whether {@link #dateColumn} holds days (ISO text) rather than instants. */
        private final boolean byDay;
        private final String idColumn;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();
        private boolean matchesNothing;

        private Select(TimelineKind kind, String dateColumn, boolean byDay, String idColumn) {
            this.kind = kind;
            this.dateColumn = dateColumn;
            this.byDay = byDay;
            this.idColumn = idColumn;
        }

        /** Records dated by a day, identified by their row id. */
        static Select byDay(TimelineKind kind, String dayColumn) {
            return new Select(kind, dayColumn, true, "ID");
        }

        static Select byInstant(TimelineKind kind, String instantColumn, String idColumn) {
            return new Select(kind, instantColumn, false, idColumn);
        }

        Select where(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
            return this;
        }

        /** Only rows whose {@code column} holds a value {@code visibility} allows. */
        Select among(String column, Visibility<?> visibility) {
            return among(column, visibility, false);
        }

        /** The same, and also rows without a value in {@code column} when {@code orAbsent} widens some values. */
        Select among(String column, Visibility<?> visibility, boolean orAbsent) {
            if (visibility.isNobody()) {
                matchesNothing = true;
            } else if (!visibility.isAnyone()) {
                String among = column + " IN (" + Columns.placeholders(visibility.values().size()) + ")";
                where(orAbsent ? "(" + among + " OR " + column + " IS NULL)" : among, visibility.values().toArray());
            }
            return this;
        }

        /**
         * The keyset condition: rows after {@code cursor} in newest-first order, i.e. older, or as old and
         * after it among records of one instant (kind order, then id descending). None without a cursor.
         */
        Select after(TimelineCursor cursor) {
            if (cursor == null) {
                return this;
            }
            Object bound;
            long idBound;
            if (byDay) {
                LocalDate cursorDay = LocalDate.ofInstant(cursor.at(), ZoneOffset.UTC);
                boolean exact = startOf(cursorDay).equals(cursor.at());
                // not exact: every record of the cursor's day stands before the cursor's instant, so it follows
                bound = day(exact ? cursorDay : cursorDay.plusDays(1));
                idBound = exact ? idBound(cursor) : Long.MIN_VALUE;
            } else {
                bound = Date.from(cursor.at());
                idBound = idBound(cursor);
            }
            return where("(" + dateColumn + " < ? OR (" + dateColumn + " = ? AND " + idColumn + " <= ?))",
                    bound, bound, idBound);
        }

        /** Of the records at the cursor's very instant, the highest id that still follows the cursor. */
        private long idBound(TimelineCursor cursor) {
            int order = kind.compareTo(cursor.kind());
            if (order == 0) {
                return cursor.sourceId() - 1;
            }
            return order > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        /** Only what came {@code since} (nothing more when null), not by its {@code notBy} in {@code authorColumn}. */
        Select since(Since since, String authorColumn) {
            if (since == null) {
                return this;
            }
            if (byDay) {
                where(dateColumn + " > ?", day(since.afterDay()));
            } else {
                where(dateColumn + " >= ?", Date.from(startOf(since.afterDay())));
            }
            return since.notBy() == null ? this
                    : where("(" + authorColumn + " IS NULL OR " + authorColumn + " <> ?)", since.notBy());
        }

        Query countQuery() {
            return Query.select().where(String.join(" AND ", conditions), parameters.toArray());
        }

        /** Whether a condition allows no row at all, so that there is nothing to ask the database. */
        boolean matchesNothing() {
            return matchesNothing;
        }

        Query query(String columns, int limit) {
            return Query.select(columns).where(String.join(" AND ", conditions), parameters.toArray())
                    .order(dateColumn + " DESC, " + idColumn + " DESC").limit(limit);
        }
    }
}
