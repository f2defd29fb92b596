package jp.jobcoach.workspace.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Escaping for each output context, applied explicitly to every value we write: the host's own
 * auto-escaping differs between Confluence, exports and the workbench, so we never count on it.
 * Text is stored as typed and escaped only here, at output.
 */
public final class Html {
    private Html() {
    }

    /** Element content. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(cp -> appendEscaped(out, cp));
        return out.toString();
    }

    /** A double-quoted attribute value. */
    public static String attr(String value) {
        return text(value);
    }

    /** The inside of a single- or double-quoted JavaScript string literal, safe within a script element. */
    public static String js(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '/'
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One URL query or path component. */
    public static String urlComponent(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A link target for an href attribute, already attribute-escaped: only http(s), mailto and relative
     * URLs pass; anything else (javascript:, data:, vbscript:...) becomes "#".
     */
    public static String href(String url) {
        if (url == null || url.isBlank()) {
            return "#";
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        boolean allowed = !hasScheme || lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:");
        boolean controlChars = trimmed.chars().anyMatch(c -> c < 0x20);
        return allowed && !controlChars ? attr(trimmed) : "#";
    }

    private static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            case '`' -> out.append("&#96;");
            default -> out.appendCodePoint(cp);
        }
    }
}
