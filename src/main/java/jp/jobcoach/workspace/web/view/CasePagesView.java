package jp.jobcoach.workspace.web.view;

import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.service.CasePageService.CasePage;

/**
 * The case panel's list of the case's pages (plan, interviews, ...), each a link, and for people who edit the
 * case a button that creates the missing ones (jobcoach.js, through Confluence's REST API). Builds the model of
 * {@code templates/jobcoach/case-pages.vm}, which the case panel's template includes; the creator's markup is
 * {@code #jcPagesCreator} of {@code macros.vm}, which the start-the-case form uses too.
 */
final class CasePagesView {
    private static final List<String> SCRIPT_MESSAGES = List.of("creating", "done", "failed", "not-filed", "title-taken",
            "case-open");

    private CasePagesView() {
    }

    static Map<String, Object> model(ViewContext view, long caseId, List<CasePage> pages, boolean mayCreate) {
        boolean anyMissing = pages.stream().anyMatch(page -> !page.exists());
        return Map.of("items", pages.stream().map(page -> item(view, page)).toList(),
                "offersCreate", view.interactive() && mayCreate && anyMissing,
                "creator", creator(view, String.valueOf(caseId), true));
    }

    /** A page the viewer may open is a link; else its label and whether it is missing or only hidden from them. */
    private static Map<String, Object> item(ViewContext view, CasePage page) {
        boolean linked = page.link() != null;
        return Map.of("label", view.text().label(page.kind()), "linked", linked, "exists", page.exists(),
                "url", linked ? view.sitePath(page.link().url()) : "", "title", linked ? page.link().title() : "");
    }

    /**
     * What the script needs to create a case's missing pages, and where it reports its progress. The start form
     * has it without a button and with no case id yet: the script creates the pages once the case exists. The
     * texts the script shows come from here, so the script holds none; it fills in their {0}, {1}, {2}.
     */
    static Map<String, Object> creator(ViewContext view, String caseId, boolean withButton) {
        return Map.of("caseId", caseId, "contentApi", view.sitePath(ViewContext.CONTENT_API_PATH), "withButton", withButton,
                "messages", SCRIPT_MESSAGES.stream().map(name -> Map.of("name", name,
                        "text", view.text().message("jobcoach.web.pages." + name))).toList());
    }
}
