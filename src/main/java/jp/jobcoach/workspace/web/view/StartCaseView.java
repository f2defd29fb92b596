package jp.jobcoach.workspace.web.view;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.PageTitles;
import jp.jobcoach.workspace.domain.RoleMatrix;

/**
 * The start-the-case form that {@code jobcoach-case} shows on a page that has no case yet (a page just made from
 * the case blueprint). The blueprint leaves nothing of the worker in the page (docs/decisions.md #16), so the form
 * asks for the worker's details itself, and for what the case's page titles name it by (its number unless the
 * worker's name is chosen); it says who will see the pages. It posts the existing {@code POST /cases} with this page
 * as the case's root, so the service's rules and audit apply unchanged; then the script gives this page the case's
 * title and creates the case's other pages below it. Builds the model of {@code templates/jobcoach/start-case.vm}.
 */
public final class StartCaseView {
    public static final String MACRO = "case";
    static final String TEMPLATE = "templates/jobcoach/start-case.vm";

    private StartCaseView() {
    }

    public static String render(long pageId, ViewContext view) {
        ViewText text = view.text();
        Map<String, Object> form = new Form("jobcoach-start-" + pageId, "POST", "/cases")
                .hidden("case.rootPageId", String.valueOf(pageId), "int")
                .hidden("case.supports", "", "list")
                .input("case.worker.displayName", "worker", text.field("worker.displayName"), "text", null)
                .input("case.department", "department", text.field("department"), "text", null)
                .input("case.leaveStart", "leaveStart", text.field("leaveStart"), "date", null)
                .input("case.returnDate", "returnDate", text.field("returnDate"), "date", null)
                .select("case.titles", "titles", text.field("titles"), pageTitles(text), PageTitles.CASE_NUMBER.name())
                .select("creatorRole", "creatorRole", text.field("creatorRole"), creatorRoles(text), CaseRole.COUNSELOR.name())
                .then("pages")
                .render(null, text.message("jobcoach.web.start.submit"));
        return view.render(TEMPLATE, Map.of("startForm", form, "pagesCreator", CasePagesView.creator(view, "", false),
                "audience", PageAudienceView.beforeStart(text)));
    }

    /** The case's number first: the worker's name in titles is a choice someone makes, never the default. */
    private static List<Form.Option> pageTitles(ViewText text) {
        return Arrays.stream(PageTitles.values()).map(titles -> new Form.Option(titles.name(), text.label(titles))).toList();
    }

    /** The roles a case can be opened in: those that edit cases (the service refuses the others). */
    private static List<Form.Option> creatorRoles(ViewText text) {
        return Arrays.stream(CaseRole.values()).filter(role -> RoleMatrix.allows(role, DataCategory.CASE, Access.EDIT))
                .map(role -> new Form.Option(role.name(), text.label(role))).toList();
    }
}
