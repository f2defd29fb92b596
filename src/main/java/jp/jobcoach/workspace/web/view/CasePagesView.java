package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.List;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.web.html.Html;

/**
 * The case panel's list of the case's pages (plan, interviews, ...), each a link, and for people who edit the
 * case a button that creates the missing ones (jobcoach.js, through Confluence's REST API).
 */
final class CasePagesView {
    private static final List<String> SCRIPT_MESSAGES = List.of("creating", "done", "failed", "not-filed", "title-taken",
            "case-open");

    private CasePagesView() {
    }

    static String render(ViewContext v, long caseId, List<CasePage> pages, boolean mayCreate) {
        String list = Markup.list(pages.stream().map(page -> item(v, page)).toList());
        boolean anyMissing = pages.stream().anyMatch(page -> !page.exists());
        return v.interactive() && mayCreate && anyMissing ? list + creator(v, String.valueOf(caseId), true) : list;
    }

    private static String item(ViewContext v, CasePage page) {
        ViewText t = v.text();
        String label = text(t.label(page.kind()));
        if (page.link() != null) {
            return "<a href=\"" + Html.href(v.sitePath(page.link().url())) + "\" title=\"" + attr(page.link().title())
                    + "\">" + label + "</a>";
        }
        String state = page.exists() ? "jobcoach.web.pages.restricted" : "jobcoach.web.pages.missing";
        return label + " " + Markup.lozenge(page.exists() ? "default" : "moved", t.t(state));
    }

    /**
     * What the script needs to create a case's missing pages, and where it reports its progress. The start form
     * has it without a button and with no case id yet: the script creates the pages once the case exists. The
     * texts the script shows come from here, so the script holds none; it fills in their {0}, {1}, {2}.
     */
    static String creator(ViewContext v, String caseId, boolean withButton) {
        ViewText t = v.text();
        StringBuilder out = new StringBuilder("<div class=\"jobcoach-pages-create\" data-jobcoach-pages=\"")
                .append(attr(caseId)).append("\" data-content-api=\"")
                .append(attr(v.sitePath(ViewContext.CONTENT_API_PATH))).append('"');
        SCRIPT_MESSAGES.forEach(name -> out.append(" data-msg-").append(name).append("=\"")
                .append(attr(t.t("jobcoach.web.pages." + name))).append('"'));
        out.append('>');
        if (withButton) {
            out.append("<button type=\"button\" class=\"aui-button jobcoach-button\">")
                    .append(text(t.t("jobcoach.web.pages.create"))).append("</button>");
        }
        return out.append("<p class=\"jobcoach-pages-status\" role=\"status\" aria-live=\"polite\"></p></div>").toString();
    }
}
