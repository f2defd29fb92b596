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

    public static String render(ViewContext v, Model model) {
        ViewText t = v.text();
        Map<String, Object> form = new Form("jobcoach-start-" + model.pageId(), "POST", "/cases")
                .hidden("case.rootPageId", String.valueOf(model.pageId()), "int")
                .hidden("case.supports", "", "list")
                .input("case.worker.displayName", "worker", t.field("worker.displayName"), "text", model.worker())
                .input("case.department", "department", t.field("department"), "text", model.department())
                .input("case.leaveStart", "leaveStart", t.field("leaveStart"), "date", model.leaveStart())
                .input("case.returnDate", "returnDate", t.field("returnDate"), "date", model.returnDate())
                .select("creatorRole", "creatorRole", t.field("creatorRole"), creatorRoles(t), CaseRole.COUNSELOR.name())
                .then("pages")
                .render(null, t.t("jobcoach.web.start.submit"));
        return v.render(TEMPLATE, Map.of("startForm", form, "pagesCreator", CasePagesView.creator(v, "", false)));
    }

    /** The roles a case can be opened in: those that edit cases (the service refuses the others). */
    private static List<Form.Option> creatorRoles(ViewText t) {
        return Arrays.stream(CaseRole.values()).filter(role -> RoleMatrix.allows(role, DataCategory.CASE, Access.EDIT))
                .map(role -> new Form.Option(role.name(), t.label(role))).toList();
    }
}
