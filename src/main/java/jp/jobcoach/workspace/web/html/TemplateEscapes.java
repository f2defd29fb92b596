package jp.jobcoach.workspace.web.html;

import com.atlassian.velocity.htmlsafe.HtmlFragment;

/**
 * The explicit escapers templates use for the contexts where HTML-escaping alone is not enough or not meant, as
 * {@code $esc.attr(...)}: each returns text already safe for its context, marked as an {@link HtmlFragment} so
 * the template renderer does not escape it a second time. Element text needs none: the renderer escapes it.
 */
public final class TemplateEscapes {
    public static final TemplateEscapes INSTANCE = new TemplateEscapes();

    private TemplateEscapes() {
    }

    /** A double-quoted attribute value. */
    public HtmlFragment attr(String value) {
        return new HtmlFragment(Html.attr(value));
    }

    /** The inside of a JavaScript string literal, e.g. in a {@code data-} attribute that a script evaluates. */
    public HtmlFragment js(String value) {
        return new HtmlFragment(Html.js(value));
    }

    /** A link target: http(s), mailto and relative URLs; anything else becomes "#". */
    public HtmlFragment url(String value) {
        return new HtmlFragment(Html.href(value));
    }

    /** One URL path or query component. */
    public HtmlFragment urlComponent(String value) {
        return new HtmlFragment(Html.attr(Html.urlComponent(value)));
    }
}
