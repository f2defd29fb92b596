package jp.jobcoach.workbench.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.blueprint.BlueprintRunner;
import jp.jobcoach.workbench.plugin.PluginModules.Blueprint;
import jp.jobcoach.workbench.plugin.PluginModules.WizardField;

/**
 * /pages/ID/template: the workbench's create dialog and wizard in one form per blueprint; the new pages go below
 * page ID. A refused input comes back above the form with what the user typed kept.
 */
final class TemplateForm {
    private static final String BLUEPRINT_PARAMETER = "blueprint";
    private final Site site;

    TemplateForm(Site site) {
        this.site = site;
    }

    void show(HttpServletResponse response, Page parent) throws IOException {
        if (mayCreate(response, parent)) {
            page(response, parent, Map.of(), null);
        }
    }

    void create(HttpServletRequest request, HttpServletResponse response, Page parent) throws IOException {
        if (!mayCreate(response, parent)) {
            return;
        }
        Blueprint blueprint = site.blueprints().blueprints().stream()
                .filter(candidate -> candidate.key().equals(request.getParameter(BLUEPRINT_PARAMETER))).findFirst().orElse(null);
        if (blueprint == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        blueprint.fields().forEach(field -> fields.put(field.name(),
                java.util.Objects.requireNonNullElse(request.getParameter(field.name()), "")));
        try {
            long home = site.blueprints().create(blueprint, fields, parent, AuthenticatedUserThreadLocal.get().getName());
            response.sendRedirect("/pages/" + home);
        } catch (BlueprintRunner.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(response, parent, fields, refused.getMessage());
        }
    }

    private void page(HttpServletResponse response, Page parent, Map<String, String> kept, String error) throws IOException {
        String heading = "Create from template / テンプレートから作成: " + parent.getTitle();
        StringBuilder content = new StringBuilder("<h1>").append(Html.escape(heading)).append("</h1>");
        if (error != null) {
            content.append("<div class=\"aui-message aui-message-error wb-refused\">");
            error.lines().forEach(line -> content.append("<p>").append(Html.escape(line)).append("</p>"));
            content.append("</div>");
        }
        site.blueprints().blueprints().forEach(blueprint -> content.append(form(parent, blueprint, kept)));
        Layout.write(response, site, heading, "", content.toString());
    }

    private String form(Page parent, Blueprint blueprint, Map<String, String> kept) {
        StringBuilder form = new StringBuilder("<form class=\"wb-editor wb-template\" method=\"post\" action=\"/pages/")
                .append(parent.getId()).append("/template\"><h2>").append(Html.escape(site.blueprints().text(blueprint.nameKey())))
                .append("</h2><input type=\"hidden\" name=\"").append(BLUEPRINT_PARAMETER).append("\" value=\"")
                .append(Html.escape(blueprint.key())).append("\">");
        for (WizardField field : blueprint.fields()) {
            form.append("<label>").append(Html.escape(site.blueprints().text(field.labelKey()))).append("<input type=\"")
                    .append(Html.escape(field.type())).append("\" name=\"").append(Html.escape(field.name())).append("\" value=\"")
                    .append(Html.escape(kept.getOrDefault(field.name(), ""))).append("\"></label>");
        }
        return form.append("<button class=\"aui-button aui-button-primary\" type=\"submit\">Create / 作成</button></form>").toString();
    }

    private boolean mayCreate(HttpServletResponse response, Page parent) throws IOException {
        if (site.permissions().hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, parent)) {
            return true;
        }
        Layout.message(response, site, HttpServletResponse.SC_FORBIDDEN, "Not permitted / 権限がありません", "You may not add pages here.");
        return false;
    }
}
