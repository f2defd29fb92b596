package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;

import java.util.List;
import java.util.Set;

/**
 * How one macro renders for one viewer: their language, and whether the output is interactive (a page in a
 * browser) or static (PDF, Word, email, HTML export, feed), where no script runs and no control belongs.
 */
public record ViewContext(ViewText text, boolean interactive, String restBase) {
    /** Output types that get static output; Confluence passes them lower-case. */
    public static final Set<String> STATIC_OUTPUT = Set.of("pdf", "word", "email", "html_export", "feed");
    /** The strings jobcoach.js shows, handed over as data- attributes so that the script holds no text. */
    private static final List<String> SCRIPT_MESSAGES = List.of("saving", "saved", "invalid", "conflict",
            "server-value", "failed", "forbidden");
    private static final String SCRIPT_KEY = "jobcoach.web.script.";

    public static boolean isStatic(String outputType) {
        return outputType != null && STATIC_OUTPUT.contains(outputType);
    }

    /** The macro's outer element; the REST base and script messages only where a script will use them. */
    public String frame(String macroName, String innerHtml) {
        StringBuilder out = new StringBuilder("<div class=\"jobcoach-macro jobcoach-").append(attr(macroName));
        if (!interactive) {
            return out.append(" jobcoach-static\">").append(innerHtml).append("</div>").toString();
        }
        out.append("\" data-jobcoach-rest=\"").append(attr(restBase)).append('"');
        SCRIPT_MESSAGES.forEach(name -> out.append(" data-msg-").append(name).append("=\"")
                .append(attr(text.t(SCRIPT_KEY + name))).append('"'));
        return out.append('>').append(innerHtml).append("</div>").toString();
    }

    /**
     * The same neutral box whether there is no case here, the case does not exist, or the viewer may not see
     * it: the box must not tell a non-member that a case exists, let alone whose.
     */
    public String noAccess(String macroName) {
        return "<div class=\"jobcoach-macro jobcoach-" + attr(macroName) + "\">"
                + Markup.message("info", text.t("jobcoach.web.no-access")) + "</div>";
    }
}
