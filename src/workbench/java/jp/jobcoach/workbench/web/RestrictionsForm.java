package jp.jobcoach.workbench.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.PagePermissions.Kind;
import jp.jobcoach.workbench.host.WorkbenchUser;

/** /pages/ID/restrictions (routed by PageServlet): the administrator sets who may view and who may edit a page (user names, space-separated). */
final class RestrictionsForm {
    private final Site site;

    RestrictionsForm(Site site) {
        this.site = site;
    }

    void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = adminPage(request, response);
        if (page != null) {
            Layout.write(response, site, "Restrictions", "", "<h1>Restrictions / 制限: " + Html.escape(page.getTitle()) + "</h1>"
                    + "<p>Empty = no restriction. View restrictions also apply to all child pages. / 空欄は制限なし。閲覧制限は子ページにも及びます。</p>"
                    + "<form method=\"post\">" + field("view", "Who may view / 閲覧できる人", page, Kind.VIEW)
                    + field("edit", "Who may edit / 編集できる人", page, Kind.EDIT)
                    + "<button class=\"aui-button aui-button-primary\" type=\"submit\">Save / 保存</button></form>"
                    + "<p>Users / ユーザー: <code>" + Html.escape(DemoUsers.ALL.stream().map(WorkbenchUser::username).collect(Collectors.joining(" "))) + "</code></p>");
        }
    }

    void save(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = adminPage(request, response);
        if (page != null) {
            site.permissions().restrict(page.getId(), Kind.VIEW, usernames(request.getParameter("view")));
            site.permissions().restrict(page.getId(), Kind.EDIT, usernames(request.getParameter("edit")));
            response.sendRedirect("/pages/" + page.getId());
        }
    }

    private String field(String name, String label, Page page, Kind kind) {
        return "<label>" + Html.escape(label) + "<input type=\"text\" name=\"" + name + "\" value=\""
                + Html.escape(String.join(" ", new TreeSet<>(site.permissions().restrictions(page.getId(), kind)))) + "\"></label>";
    }

    /** Only known user names; anything else is dropped rather than stored. */
    private static Set<String> usernames(String text) {
        return Arrays.stream(String.valueOf(text).split("[\\s,]+")).filter(name -> DemoUsers.byName(name).isPresent())
                .collect(Collectors.toSet());
    }

    private Page adminPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WorkbenchUser user = (WorkbenchUser) AuthenticatedUserThreadLocal.get();
        String id = request.getRequestURI().replaceAll("^/pages/(\\d+)/restrictions$", "$1");
        Page page = id.matches("\\d+") ? site.pages().getPage(Long.parseLong(id)) : null;
        if (!user.admin() || page == null) {
            Layout.message(response, site, HttpServletResponse.SC_FORBIDDEN, "Not permitted / 権限がありません", "Only the administrator sets restrictions.");
            return null;
        }
        return page;
    }
}
