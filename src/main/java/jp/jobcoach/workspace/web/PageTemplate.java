package jp.jobcoach.workspace.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.jobcoach.workspace.web.html.Html;

/**
 * A page template of the plugin (templates/*.xml, Confluence storage format) with its
 * {@code <at:var at:name="..."/>} and {@code <at:i18n at:key="..."/>} filled in, the way Confluence fills a
 * blueprint's template. Values are escaped: a variable is text, never markup.
 */
public final class PageTemplate {
    private static final Pattern VARIABLE = Pattern.compile("<at:var\\s+at:name=\"([^\"]+)\"\\s*/>");
    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key=\"([^\"]+)\"\\s*/>");

    private final String storage;

    private PageTemplate(String storage) {
        this.storage = storage;
    }

    /** @param location the template's resource path in the plugin, e.g. {@code templates/case-plan.xml} */
    public static PageTemplate load(String location) {
        try (InputStream in = PageTemplate.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("page template " + location + " is not in the plugin");
            }
            return new PageTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An absent variable becomes empty text. */
    public String fill(Function<String, Object> variables, Function<String, String> i18n) {
        String withText = replace(I18N, storage, i18n);
        return replace(VARIABLE, withText, name -> {
            Object value = variables.apply(name);
            return value == null ? "" : value.toString();
        });
    }

    private static String replace(Pattern pattern, String text, Function<String, String> value) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(Html.text(value.apply(matcher.group(1)))));
        }
        return matcher.appendTail(out).toString();
    }
}
