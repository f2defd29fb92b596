package jp.jobcoach.workspace.store;

import static jp.jobcoach.workspace.store.Columns.day;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.timeline.TimelineCursor;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Reads each kind of timeline entry with one statement (accommodation steps: two), newest first, at most
 * {@link TimelineRead#limit()} rows after the cursor by a keyset condition; stores comments. Records dated by
 * a day stand at the start of that day (UTC) on the timeline.
 */
@Named
public class TimelineStore {
    private final ActiveObjects ao;

    @Inject
    public TimelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** A comment on a page of the case's tree; a comment already stored (an event seen twice) is left alone. */
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
                new DBParam("CREATED_AT", Date.from(comment.at())));
    }

    /** Deletes the comment's row if {@code authorKey} wrote it on this case; answers how many rows went (0 or 1). */
    public int removeComment(long caseId, long commentId, String authorKey) {
        return ao.deleteWithSQL(TimelineCommentEntity.class, "CASE_ID = ? AND COMMENT_ID = ? AND AUTHOR_KEY = ?",
                caseId, commentId, authorKey);
    }

    /** The pages of the case that have comments, so the caller can keep only those the viewer may see. */
    public Set<Long> commentedPages(long caseId) {
        TimelineCommentEntity[] rows = ao.find(TimelineCommentEntity.class, "PAGE_ID",
                Query.select("PAGE_ID").distinct().where("CASE_ID = ?", caseId));
        return Arrays.stream(rows).map(TimelineCommentEntity::getPageId).collect(Collectors.toSet());
    }

    public List<TimelineEntry> read(TimelineKind kind, TimelineRead read) {
        return switch (kind) {
            case VISIT -> visits(read);
            case INTERVIEW -> interviews(read);
            case PLAN_CHANGE -> planChanges(read);
            case ACCOMMODATION_STEP -> accommodationSteps(read);
            case COMMENT -> comments(read);
        };
    }

    private List<TimelineEntry> visits(TimelineRead read) {
        Where where = new Where("CASE_ID = ?", read.caseId()).authors("COACH_KEY", read.authorKeys())
                .after("VISIT_DATE", TimelineKind.VISIT, read.after(), true);
        VisitRecordEntity[] rows = ao.find(VisitRecordEntity.class, where.query("VISIT_DATE", read.limit()));
        return Columns.map(rows, row -> new TimelineEntry(TimelineKind.VISIT, row.getID(), startOf(row.getVisitDate()),
                row.getCoachKey(), read.roleOf().apply(row.getCoachKey()), row.getKind(), null, null, null));
    }

    private List<TimelineEntry> interviews(TimelineRead read) {
        Where where = new Where("CASE_ID = ?", read.caseId()).authors("AUTHOR_KEY", read.authorKeys())
                .after("IV_DATE", TimelineKind.INTERVIEW, read.after(), true);
        InterviewEntity[] rows = ao.find(InterviewEntity.class, where.query("IV_DATE", read.limit()));
        return Columns.map(rows, row -> new TimelineEntry(TimelineKind.INTERVIEW, row.getID(), startOf(row.getIvDate()),
                row.getAuthorKey(), read.roleOf().apply(row.getAuthorKey()), row.getStatus(), null, null, null));
    }

    private List<TimelineEntry> planChanges(TimelineRead read) {
        Where where = new Where("CASE_ID = ?", read.caseId()).authors("AUTHOR_KEY", read.authorKeys())
                .after("CREATED_AT", TimelineKind.PLAN_CHANGE, read.after(), false);
        PlanRevisionEntity[] rows = ao.find(PlanRevisionEntity.class, where.query("CREATED_AT", read.limit()));
        return Columns.map(rows, row -> new TimelineEntry(TimelineKind.PLAN_CHANGE, row.getID(),
                row.getCreatedAt().toInstant(), row.getAuthorKey(), read.roleOf().apply(row.getAuthorKey()),
                String.valueOf(row.getRevision()), null, null, null));
    }

    /** Lifted steps: the case's accommodations first (a handful), then their steps. */
    private List<TimelineEntry> accommodationSteps(TimelineRead read) {
        AccommodationEntity[] owners = ao.find(AccommodationEntity.class, Query.select().where("CASE_ID = ?", read.caseId()));
        if (owners.length == 0) {
            return List.of();
        }
        Map<Long, String> titles = Arrays.stream(owners)
                .collect(Collectors.toMap(row -> (long) row.getID(), AccommodationEntity::getTitle));
        Where where = new Where("ACCOMMODATION_ID IN (" + Columns.placeholders(titles.size()) + ") AND LIFTED_DATE IS NOT NULL",
                titles.keySet().toArray()).authors("APPROVED_BY", read.authorKeys())
                .after("LIFTED_DATE", TimelineKind.ACCOMMODATION_STEP, read.after(), true);
        AccommodationStepEntity[] rows = ao.find(AccommodationStepEntity.class, where.query("LIFTED_DATE", read.limit()));
        return Columns.map(rows, row -> new TimelineEntry(TimelineKind.ACCOMMODATION_STEP, row.getID(),
                startOf(row.getLiftedDate()), row.getApprovedBy(), read.roleOf().apply(row.getApprovedBy()),
                titles.get(row.getAccommodationId()), row.getLabel(), null, null));
    }

    private List<TimelineEntry> comments(TimelineRead read) {
        if (read.visiblePages().isEmpty()) {
            return List.of();
        }
        Where where = new Where("CASE_ID = ? AND PAGE_ID IN (" + Columns.placeholders(read.visiblePages().size()) + ")",
                concat(read.caseId(), read.visiblePages()))
                .in("AUTHOR_ROLE", read.roles().stream().map(Enum::name).toList())
                .after("CREATED_AT", TimelineKind.COMMENT, read.after(), false).sourceId("COMMENT_ID");
        TimelineCommentEntity[] rows = ao.find(TimelineCommentEntity.class, where.query("CREATED_AT", read.limit()));
        return Columns.map(rows, row -> TimelineEntry.comment(row.getCommentId(), row.getCreatedAt().toInstant(),
                row.getAuthorKey(), Columns.constant(CaseRole.class, row.getAuthorRole()), row.getPageTitle(),
                row.getExcerpt(), row.getUrl(), row.getPageId()));
    }

    /** Where a day-dated record stands on the timeline. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant startOf(String day) {
        return startOf(day(day));
    }

    private static Object[] concat(Object first, Collection<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    /** A WHERE clause built up with its parameters. */
    private static final class Where {
        private final StringBuilder clause;
        private final List<Object> parameters = new ArrayList<>();
        /** The column that holds an entry's source id: the row id, except for comments. */
        private String idColumn = "ID";

        Where(String clause, Object... parameters) {
            this.clause = new StringBuilder(clause);
            this.parameters.addAll(List.of(parameters));
        }

        Where sourceId(String column) {
            int at = clause.lastIndexOf(" ID <= ?");
            if (at >= 0) {
                clause.replace(at + 1, at + 3, column);
            }
            idColumn = column;
            return this;
        }

        Where authors(String column, Set<String> keys) {
            return keys == null ? this : in(column, keys.isEmpty() ? List.of("") : keys);
        }

        Where in(String column, Collection<?> values) {
            if (!values.isEmpty()) {
                clause.append(" AND ").append(column).append(" IN (").append(Columns.placeholders(values.size())).append(')');
                parameters.addAll(values);
            }
            return this;
        }

        /**
         * The keyset condition: rows after {@code cursor} in newest-first order, i.e. older, or as old and
         * after it among records of one instant (kind order, then id descending).
         */
        Where after(String column, TimelineKind kind, TimelineCursor cursor, boolean dayColumn) {
            if (cursor == null) {
                return this;
            }
            Object bound;
            long idBound;
            if (dayColumn) {
                LocalDate cursorDay = LocalDate.ofInstant(cursor.at(), ZoneOffset.UTC);
                boolean exact = startOf(cursorDay).equals(cursor.at());
                // not exact: every record of the cursor's day stands before the cursor's instant, so it follows
                bound = day(exact ? cursorDay : cursorDay.plusDays(1));
                idBound = exact ? idBound(kind, cursor) : Long.MIN_VALUE;
            } else {
                bound = Date.from(cursor.at());
                idBound = idBound(kind, cursor);
            }
            clause.append(" AND (").append(column).append(" < ? OR (").append(column).append(" = ? AND ID <= ?))");
            parameters.addAll(List.of(bound, bound, idBound));
            return this;
        }

        /** Of the records at the cursor's very instant, the highest id that still follows the cursor. */
        private static long idBound(TimelineKind kind, TimelineCursor cursor) {
            int order = kind.compareTo(cursor.kind());
            if (order == 0) {
                return cursor.sourceId() - 1;
            }
            return order > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }

        Query query(String orderColumn, int limit) {
            return Query.select().where(clause.toString(), parameters.toArray())
                    .order(orderColumn + " DESC, " + idColumn + " DESC").limit(limit);
        }
    }

}
