package jp.jobcoach.workbench.render;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Storage format is XHTML but editors write HTML's named entities; XML knows only five, so the rest become numeric. */
final class HtmlEntities {
    private static final Pattern ENTITY = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Map<String, Integer> HTML_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("copy", 169), Map.entry("reg", 174), Map.entry("trade", 8482),
            Map.entry("mdash", 8212), Map.entry("ndash", 8211), Map.entry("hellip", 8230), Map.entry("laquo", 171),
            Map.entry("raquo", 187), Map.entry("lsquo", 8216), Map.entry("rsquo", 8217), Map.entry("ldquo", 8220),
            Map.entry("rdquo", 8221), Map.entry("middot", 183), Map.entry("bull", 8226), Map.entry("euro", 8364),
            Map.entry("yen", 165), Map.entry("times", 215), Map.entry("divide", 247), Map.entry("deg", 176),
            Map.entry("larr", 8592), Map.entry("rarr", 8594), Map.entry("uarr", 8593), Map.entry("darr", 8595),
            Map.entry("sect", 167), Map.entry("para", 182), Map.entry("plusmn", 177), Map.entry("shy", 173));

    private HtmlEntities() {
    }

    /** Unknown names are left alone, so the XML parser reports them. */
    static String toNumeric(String body) {
        Matcher matcher = ENTITY.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            Integer code = XML_ENTITIES.contains(name) ? null : HTML_ENTITIES.get(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(code == null ? matcher.group() : "&#" + code + ";"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
