package jp.jobcoach.workspace.web;

import java.util.List;

/**
 * CSV text (RFC 4180) that spreadsheets open safely. A cell a spreadsheet would read as a formula (starting
 * with = + - @, or a tab or carriage return that some programs skip first) gets a leading apostrophe, so an
 * exported audit log can never run a formula that a user's text smuggled in.
 */
public final class Csv {
    /** Excel reads UTF-8 CSV as the local code page (Shift_JIS in Japan) unless the file starts with a BOM. */
    public static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    public Csv row(List<String> cells) {
        out.append(line(cells));
        return this;
    }

    /** One record, with its line end, for writers that stream a file row by row. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
