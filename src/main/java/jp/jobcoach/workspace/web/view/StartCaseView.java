package jp.jobcoach.workspace.web.view;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;

/**
 * The start-the-case form that {@code jobcoach-case} shows on a page that has no case yet (a page just made from
 * the case blueprint). Prefilled from the macro's parameters, which the blueprint wrote; it posts the existing
 * {@code POST /cases} with this page as the case's root, so the service's rules and audit apply unchanged; then
 * the script creates the case's other pages below this one. Builds the model of
 * {@code templates/jobcoach/start-case.vm}.
 */
public final class StartCaseView {
    public static final String MACRO = "case";
    static final String TEMPLATE = "templates/jobcoach/start-case.vm";

    /** What the form is prefilled with; texts are as the macro parameters give them (null when absent). */
    public record Model(long pageId, String worker, String department, String leaveStart, String returnDate) {
        public static Model of(long pageId, Map<String, String> parameters) {
            Map<String, String> given = parameters == null ? Map.of() : parameters;
            return new Model(pageId, given.get("worker"), given.get("department"), given.get("leaveStart"),
                    given.get("returnDate"));
        }
    }

    private StartCaseView() {
    }

    public static String render(ViewContext view, Model model) {
        ViewText text = view.text();
        Map<String, Object> form = new Form("jobcoach-start-" + model.pageId(), "POST", "/cases")
                .hidden("case.rootPageId", String.valueOf(model.pageId()), "int")
                .hidden("case.supports", "", "list")
                .input("case.worker.displayName", "worker", text.field("worker.displayName"), "text", model.worker())
                .input("case.department", "department", text.field("department"), "text", model.department())
                .input("case.leaveStart", "leaveStart", text.field("leaveStart"), "date", model.leaveStart())
                .input("case.returnDate", "returnDate", text.field("returnDate"), "date", model.returnDate())
                .select("creatorRole", "creatorRole", text.field("creatorRole"), creatorRoles(text), CaseRole.COUNSELOR.name())
                .then("pages")
                .render(null, text.message("jobcoach.web.start.submit"));
        return view.render(TEMPLATE, Map.of("startForm", form, "pagesCreator", CasePagesView.creator(view, "", false)));
    }

    /** The roles a case can be opened in: those that edit cases (the service refuses the others). */
    private static List<Form.Option> creatorRoles(ViewText text) {
        return Arrays.stream(CaseRole.values()).filter(role -> RoleMatrix.allows(role, DataCategory.CASE, Access.EDIT))
                .map(role -> new Form.Option(role.name(), text.label(role))).toList();
    }
}
