package jp.jobcoach.workbench.blueprint;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workbench.web.Html;

/**
 * A content template's storage format with its {@code <at:var at:name="..."/>} and {@code <at:i18n at:key="..."/>}
 * filled in, as Confluence does when it creates a page from a template. Values are escaped: a variable is text
 * (Confluence inserts raw XHTML only for {@code at:rawxhtml}, which the workbench does not support).
 */
final class TemplateText {
    private static final Pattern VARIABLE = Pattern.compile("<at:var\\s+at:name=\"([^\"]+)\"\\s*/>");
    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"\\s*/>");

    private TemplateText() {
    }

    static String fill(String template, Function<String, Object> variables, Function<String, String> i18n) {
        String withText = replace(I18N, template, i18n::apply);
        return replace(VARIABLE, withText, name -> {
            Object value = variables.apply(name);
            return value == null ? "" : value.toString();
        });
    }

    private static String replace(Pattern pattern, String text, Function<String, String> value) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(Html.escape(value.apply(matcher.group(1)))));
        }
        return matcher.appendTail(out).toString();
    }
}
