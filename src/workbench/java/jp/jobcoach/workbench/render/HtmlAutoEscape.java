package jp.jobcoach.workbench.render;

import com.atlassian.velocity.htmlsafe.HtmlFragment;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workbench.web.Html;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * HTML-escapes every value a template inserts (the five characters {@code & < > " '}, as for the workbench's own
 * pages), except what Confluence's template renderer calls HTML-safe:
 * <ul>
 *   <li>a simple reference (no dot) whose name ends in "html", any case, or is {@code body}, {@code head} or
 *       {@code xHtmlContent};</li>
 *   <li>the result of a method call whose name ends in "Html" or starts with "render" or "getRender";</li>
 *   <li>a {@link HtmlFragment}.</li>
 * </ul>
 * Stricter than Confluence in one respect: a property read such as {@code $model.summaryHtml} is escaped, since
 * on a map Confluence reads it through {@code get} and escapes it too; and {@code @HtmlSafe} methods are not
 * recognised (the plugin has none), so such a value would show escaped here rather than unescaped there.
 */
public final class HtmlAutoEscape implements ReferenceInsertionEventHandler {
    private static final Set<String> SAFE_NAMES = Set.of("body", "head", "xhtmlcontent");
    /** {@code $name}, {@code $!name}, {@code ${name}}, {@code $!{name}}. */
    private static final Pattern SIMPLE = Pattern.compile("\\$!?\\{?([A-Za-z][A-Za-z0-9_-]*)}?");
    /** The last call of a reference such as {@code $a.b.someHtml(...)}. */
    private static final Pattern LAST_CALL = Pattern.compile("\\.([A-Za-z][A-Za-z0-9_]*)\\([^()]*\\)}?$");

    /** A template's references are few and fixed: each is judged once (Velocity makes one handler per engine). */
    private final Map<String, Boolean> safeReferences = new ConcurrentHashMap<>();

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || value instanceof HtmlFragment
                || safeReferences.computeIfAbsent(reference, literal -> isHtmlSafe(literal.strip()))) {
            return value;
        }
        return Html.escape(value);
    }

    static boolean isHtmlSafe(String reference) {
        Matcher simple = SIMPLE.matcher(reference);
        if (simple.matches()) {
            String name = simple.group(1).toLowerCase(Locale.ROOT);
            return name.endsWith("html") || SAFE_NAMES.contains(name);
        }
        Matcher call = LAST_CALL.matcher(reference);
        return call.find() && (call.group(1).endsWith("Html") || call.group(1).startsWith("render")
                || call.group(1).startsWith("getRender"));
    }
}
