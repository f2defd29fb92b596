package jp.jobcoach.workspace.store;

import java.util.ArrayList;
import java.util.List;
import jp.jobcoach.workspace.domain.PageCursor;
import net.java.ao.Query;

/**
 * A list read newest first by {@code (day, id)} or by id alone, a page at a time: the keyset conditions over the
 * columns of one table (optionally aliased), which the composite indexes {@code (CASE_ID, day, ID)} serve
 * (decision #13). A page of any size costs the same rows however long the history behind it.
 */
record Keyset(String dayColumn, String idColumn) {

    /** A list by id alone ({@code dayColumn} null). */
    static Keyset byId(String idColumn) {
        return new Keyset(null, idColumn);
    }

    /** {@code condition} with {@code parameters}, then kept to the rows after {@code after} (none: from the newest). */
    Query after(Query select, String condition, List<Object> parameters, PageCursor after) {
        List<Object> all = new ArrayList<>(parameters);
        String where = condition;
        if (after != null) {
            where += " AND " + older(after, "<", all);
        }
        return select.where(where, all.toArray()).order(order());
    }

    /**
     * {@code condition} kept to the rows from {@code newest} to {@code oldest}, both included: the rows of one page,
     * for reading their child rows through a join.
     */
    Query between(Query select, String condition, List<Object> parameters, PageCursor newest, PageCursor oldest) {
        List<Object> all = new ArrayList<>(parameters);
        String where = condition + " AND " + older(newest, "<=", all) + " AND " + newer(oldest, all);
        return select.where(where, all.toArray());
    }

    /** Newest first: day descending, then id descending. */
    String order() {
        return dayColumn == null ? idColumn + " DESC" : dayColumn + " DESC, " + idColumn + " DESC";
    }

    /** Rows older than {@code cursor} ({@code idComparison} "<"), or also the cursor's own row ("<="). */
    private String older(PageCursor cursor, String idComparison, List<Object> parameters) {
        if (dayColumn == null) {
            parameters.add(cursor.id());
            return idColumn + " " + idComparison + " ?";
        }
        parameters.addAll(List.of(Columns.day(cursor.day()), Columns.day(cursor.day()), cursor.id()));
        return "(" + dayColumn + " < ? OR (" + dayColumn + " = ? AND " + idColumn + " " + idComparison + " ?))";
    }

    /** Rows as new as {@code cursor} or newer. */
    private String newer(PageCursor cursor, List<Object> parameters) {
        if (dayColumn == null) {
            parameters.add(cursor.id());
            return idColumn + " >= ?";
        }
        parameters.addAll(List.of(Columns.day(cursor.day()), Columns.day(cursor.day()), cursor.id()));
        return "(" + dayColumn + " > ? OR (" + dayColumn + " = ? AND " + idColumn + " >= ?))";
    }
}
