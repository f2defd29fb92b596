package jp.jobcoach.workspace.domain.timeline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plain-text excerpt of a comment's body in Confluence storage format (XHTML with {@code ac:} and
 * {@code ri:} elements), for the timeline. The result is text, not markup: {@code &lt;script&gt;} in the
 * comment becomes {@code <script>} here and is escaped wherever the excerpt is shown.
 *
 * <p>Tags are dropped; block elements and line breaks become spaces so that paragraphs do not run together;
 * macro parameters and placeholders are left out, CDATA (code blocks) kept as text; entities are decoded;
 * whitespace runs collapse to one space. A long text is cut to at most {@code max} code points including a
 * trailing ellipsis, never inside a surrogate pair and never between a character and its combining marks,
 * variation selector (as on rare kanji variants) or zero-width joiner. The work is bounded by the
 * input's length; malformed markup never throws, and a {@code <} that opens no tag stays as text.
 */
public final class CommentExcerpt {

    public static final int DEFAULT_MAX = 200;
    public static final String ELLIPSIS = "\u2026";

    private static final Set<String> BLOCKS = Set.of("p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "ac:task", "ac:layout-cell",
            "ac:rich-text-body", "ac:plain-text-body");
    private static final Set<String> SKIPPED = Set.of("ac:parameter", "ac:placeholder", "script", "style");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("hellip", ELLIPSIS), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"), Map.entry("copy", "\u00A9"));

    private CommentExcerpt() {
    }

    public static String of(String storageFormat) {
        return of(storageFormat, DEFAULT_MAX);
    }

    /** The excerpt of {@code storageFormat}, at most {@code max} code points long (ellipsis included). */
    public static String of(String storageFormat, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("an excerpt needs room for a character and the ellipsis");
        }
        return cut(collapseWhitespace(plainText(storageFormat == null ? "" : storageFormat)), max);
    }

    /** The text of the markup, with tags, comments and skipped elements removed and entities decoded. */
    static String plainText(String markup) {
        StringBuilder text = new StringBuilder(Math.min(markup.length(), 1 << 16));
        int at = 0;
        while (at < markup.length()) {
            char c = markup.charAt(at);
            if (c == '<') {
                at = tag(markup, at, text);
            } else if (c == '&') {
                at = entity(markup, at, text);
            } else {
                text.append(c);
                at++;
            }
        }
        return text.toString();
    }

    /** Reads the markup starting at the {@code <} at {@code start}; returns where the text goes on. */
    private static int tag(String markup, int start, StringBuilder text) {
        if (markup.startsWith("<!--", start)) {
            return skipPast(markup, start + 4, "-->");
        }
        if (markup.startsWith("<![CDATA[", start)) {
            int end = markup.indexOf("]]>", start + 9);
            int stop = end < 0 ? markup.length() : end;
            text.append(' ').append(markup, start + 9, stop).append(' ');
            return end < 0 ? markup.length() : end + 3;
        }
        int end = tagEnd(markup, start + 1);
        if (end < 0) {
            text.append('<');
            return start + 1;
        }
        boolean closing = markup.startsWith("</", start);
        boolean selfClosing = markup.charAt(end - 1) == '/';
        String name = tagName(markup, start + (closing ? 2 : 1), end);
        if (name.isEmpty() || name.startsWith("!") || name.startsWith("?")) {
            return end + 1;
        }
        if (BLOCKS.contains(name)) {
            text.append(' ');
        }
        if (!closing && !selfClosing && SKIPPED.contains(name)) {
            return skipPast(markup, end + 1, "</" + name);
        }
        return end + 1;
    }

    /** The index of the {@code >} closing a tag that starts before {@code from}, respecting quoted attributes. */
    private static int tagEnd(String markup, int from) {
        char quote = 0;
        int limit = Math.min(markup.length(), from + MAX_TAG_LENGTH);
        for (int at = from; at < limit; at++) {
            char c = markup.charAt(at);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return at;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static String tagName(String markup, int from, int end) {
        int at = from;
        while (at < end && !Character.isWhitespace(markup.charAt(at)) && markup.charAt(at) != '/') {
            at++;
        }
        return markup.substring(from, at).toLowerCase(Locale.ROOT);
    }

    /** Past the next {@code marker} from {@code from} (past its closing {@code >} for an end tag), or the end. */
    private static int skipPast(String markup, int from, String marker) {
        int found = markup.indexOf(marker, from);
        if (found < 0) {
            return markup.length();
        }
        if (marker.startsWith("</")) {
            int close = markup.indexOf('>', found);
            return close < 0 ? markup.length() : close + 1;
        }
        return found + marker.length();
    }

    private static int entity(String markup, int start, StringBuilder text) {
        int semicolon = markup.indexOf(';', start);
        if (semicolon < 0 || semicolon - start > 12) {
            text.append('&');
            return start + 1;
        }
        String name = markup.substring(start + 1, semicolon);
        String decoded = name.startsWith("#") ? numeric(name.substring(1)) : ENTITIES.get(name);
        if (decoded == null) {
            text.append('&');
            return start + 1;
        }
        text.append(decoded);
        return semicolon + 1;
    }

    private static String numeric(String digits) {
        try {
            boolean hex = digits.startsWith("x") || digits.startsWith("X");
            int codePoint = Integer.parseInt(hex ? digits.substring(1) : digits, hex ? 16 : 10);
            boolean usable = Character.isValidCodePoint(codePoint) && codePoint != 0
                    && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
            return usable ? new String(Character.toChars(codePoint)) : "\uFFFD";
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Runs of whitespace (including no-break and ideographic spaces) become one space; ends are trimmed. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            at += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(codePoint);
            }
        }
        return out.toString();
    }

    /** {@code text} itself when it fits in {@code max} code points, else a cut with the ellipsis. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        while (end > 0 && (clingsToPrevious(text.codePointAt(end)) || text.codePointBefore(end) == ZWJ)) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static final int ZWJ = 0x200D;
    /** Longer "tags" are taken as text, so that unclosed quotes cannot make the scan quadratic. */
    private static final int MAX_TAG_LENGTH = 8_192;

    /** A code point that belongs to the character before it: a combining mark, variation selector or ZWJ. */
    private static boolean clingsToPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || codePoint == ZWJ
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
    }
}
