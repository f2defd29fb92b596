package jp.jobcoach.workspace.web.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.port.Templates;
import jp.jobcoach.workspace.service.AccessDeniedException;
import jp.jobcoach.workspace.web.html.TemplateEscapes;

/**
 * How one macro renders for one viewer: their language, whether the output is interactive (a page in a
 * browser) or static (PDF, Word, email, HTML export, feed), where no script runs and no control belongs, and the
 * site's base path (Confluence's context path, e.g. {@code /confluence}, or empty).
 */
public record ViewContext(ViewText text, boolean interactive, String siteBase, Templates templates) {
    /** The plugin's REST API below the site's base (atlassian-plugin.xml: {@code <rest path="/jobcoach" version="1.0">}). */
    public static final String REST_PATH = "/rest/jobcoach/1.0";
    /** Confluence's own REST API for content, which the browser uses to create a case's pages. */
    public static final String CONTENT_API_PATH = "/rest/api/content";
    /** Output types that get static output; Confluence passes them lower-case. */
    public static final Set<String> STATIC_OUTPUT = Set.of("pdf", "word", "email", "html_export", "feed");
    /** The strings jobcoach.js shows, handed over as data- attributes so that the script holds no text. */
    private static final List<String> SCRIPT_MESSAGES = List.of("saving", "saved", "invalid", "conflict",
            "server-value", "failed", "forbidden");
    private static final String SCRIPT_KEY = "jobcoach.web.script.";

    public String restBase() {
        return siteBase + REST_PATH;
    }

    /** A link to a page of the site, from a path without the base (as Confluence's getUrlPath gives it). */
    public String sitePath(String path) {
        return siteBase + path;
    }

    /**
     * Renders one of the plugin's templates with its view model. Every template also reads {@code $i18n} (the
     * viewer's translations), {@code $esc} (the context escapers) and {@code $view} (output mode, REST base and
     * the script's messages, for {@code #jcOpen}).
     */
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("i18n", new TemplateText(text));
        context.put("esc", TemplateEscapes.INSTANCE);
        context.put("view", Map.of("interactive", interactive, "rest", restBase(), "scriptMessages", interactive
                ? SCRIPT_MESSAGES.stream().map(name -> Map.of("name", name, "text", text.message(SCRIPT_KEY + name))).toList()
                : List.of()));
        return templates.render(template, context);
    }

    /**
     * Where a case's {@code file} ({@code visits}, {@code interviews}, {@code accommodations}, {@code plan}) downloads
     * as CSV (web/rest/ExportResource); empty in static output, which carries no links to the REST API.
     */
    public String exportUrl(long caseId, String file) {
        return interactive ? restBase() + "/cases/" + caseId + "/exports/" + file + ".csv" : "";
    }

    public static boolean isStatic(String outputType) {
        return outputType != null && STATIC_OUTPUT.contains(outputType);
    }

    /**
     * The same neutral box whether there is no case here, the case does not exist, or the viewer may not see
     * it: the box must not tell a non-member that a case exists, let alone whose.
     */
    public String noAccess(String macroName) {
        return render("templates/jobcoach/no-access.vm", Map.of("macroName", macroName, "withheld", ""));
    }

    /**
     * For a member of the case whose roles (or the worker's consents) keep this macro's data from them: what is
     * withheld, why, who it is shared with (from the role matrix, so the sentence cannot drift from the rule) and
     * their own roles. A member knows the case exists, so this tells them nothing the neutral box hides.
     */
    public String withheld(String macroName, AccessDeniedException.Withheld withheld) {
        String category = text.label(withheld.category());
        String separator = text.message("jobcoach.web.withheld.separator");
        String theirs = withheld.actorRoles().stream().sorted().map(text::label).collect(Collectors.joining(separator));
        String sentence = withheld.byConsent()
                ? text.message("jobcoach.web.withheld.consent", category, theirs)
                : text.message("jobcoach.web.withheld.role", category, text.message(Labelled.enumKey(
                        "jobcoach.web.withheld.why.", withheld.category())), Arrays.stream(CaseRole.values())
                        .filter(role -> RoleMatrix.allows(role, withheld.category(), Access.VIEW)).map(text::label)
                        .collect(Collectors.joining(separator)), theirs);
        return render("templates/jobcoach/no-access.vm", Map.of("macroName", macroName, "withheld", sentence));
    }
}
