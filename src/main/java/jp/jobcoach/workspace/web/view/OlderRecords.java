package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.jobcoach.workspace.domain.PageCursor;

/**
 * The compact, paged list of older records that the interviews and visits macros share ({@code #jcOlder} in
 * macros.vm): a row per record with a few short cells, a button that opens a record as the server renders it,
 * and "more" with the cursor of the next page. In static output the rows come without buttons and without "more".
 */
final class OlderRecords {

    private OlderRecords() {
    }

    /**
     * The list under its {@code headers} (a column for the buttons is added in a browser); {@code path} is the
     * REST path of the records, whose {@code /html} answers further rows.
     */
    static Map<String, Object> model(ViewContext view, String path, List<String> headers, List<Map<String, Object>> rows,
                                     Optional<PageCursor> next) {
        List<String> shownHeaders = new ArrayList<>(headers);
        if (view.interactive()) {
            shownHeaders.add(view.text().message("jobcoach.web.older.open-header"));
        }
        return Map.of("path", path, "paging", view.interactive(), "headers", shownHeaders, "rows", rows,
                "next", view.interactive() ? next.map(PageCursor::encode).orElse("") : "");
    }

    /** Further rows and where the list goes on, for the fragment that "more" inserts. */
    static Map<String, Object> rows(List<Map<String, Object>> rows, Optional<PageCursor> next) {
        return Map.of("rows", rows, "next", next.map(PageCursor::encode).orElse(""));
    }

    /**
     * One record's row; {@code path} is its REST path, whose {@code /html} answers it opened; {@code title} names it
     * in the button's accessible name.
     */
    static Map<String, Object> row(ViewText text, String path, String title, boolean opens, List<Map<String, Object>> cells) {
        return Map.of("path", path, "label", text.message("jobcoach.web.older.open-named", title), "opens", opens,
                "cells", cells);
    }

    /** A cell of our own text. */
    static Map<String, Object> cell(String text) {
        return Map.of("text", text, "typed", false);
    }

    /** A cell of text someone typed (a name), which the template isolates ({@code #jcTyped}). */
    static Map<String, Object> typed(String text) {
        return Map.of("text", text, "typed", true);
    }

    /** The element id of a record's article, which an opened copy replaces. */
    static String anchor(String kind, long id) {
        return "jobcoach-" + kind + "-" + id;
    }
}
