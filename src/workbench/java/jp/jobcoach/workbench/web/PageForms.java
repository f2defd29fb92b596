package jp.jobcoach.workbench.web;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.PageStore.StoredPage;

/** Editing the storage XHTML of a page (with a stale-edit check) and creating a child page. */
final class PageForms {
    private final Site site;

    PageForms(Site site) {
        this.site = site;
    }

    /** The editor; after a conflict it keeps the user's title and text and shows the current version number. */
    void edit(HttpServletResponse response, Page page, String keptTitle, String keptBody) throws IOException {
        if (!mayEdit(response, page)) {
            return;
        }
        StoredPage stored = site.pages().stored(page.getId()).orElseThrow();
        String conflict = keptBody == null ? "" : "<div class=\"aui-message aui-message-error wb-conflict\"><p>Someone saved this page "
                + "while you were editing. Your text is kept below; compare it with the current page and save again. / "
                + "編集中に他の人が保存しました。あなたの文章は下に残っています。</p></div>";
        form(response, "Edit / 編集: " + stored.title(), "/pages/" + page.getId() + "/edit", stored.version(),
                keptTitle == null ? stored.title() : keptTitle, keptBody == null ? stored.body() : keptBody, conflict);
    }

    void save(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        if (!mayEdit(response, page)) {
            return;
        }
        String title = request.getParameter("title");
        String body = request.getParameter("body");
        int version = Integer.parseInt(request.getParameter("version"));
        if (site.pages().updateBody(page.getId(), version, title, body)) {
            response.sendRedirect("/pages/" + page.getId());
        } else {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            edit(response, page, title, body);
        }
    }

    void create(HttpServletResponse response, Page parent) throws IOException {
        if (mayEdit(response, parent)) {
            form(response, "New page under / 子ページ作成: " + parent.getTitle(), "/pages/" + parent.getId() + "/create", 0, "", "<p></p>", "");
        }
    }

    void saveChild(HttpServletRequest request, HttpServletResponse response, Page parent) throws IOException {
        if (!mayEdit(response, parent)) {
            return;
        }
        long id = site.pages().createPage(parent.getSpaceKey(), parent.getId(), request.getParameter("title"),
                request.getParameter("body"), AuthenticatedUserThreadLocal.get().getName());
        response.sendRedirect("/pages/" + id);
    }

    private boolean mayEdit(HttpServletResponse response, Page page) throws IOException {
        if (site.permissions().hasPermission(AuthenticatedUserThreadLocal.get(), Permission.EDIT, page)) {
            return true;
        }
        Layout.message(response, site, HttpServletResponse.SC_FORBIDDEN, "Not permitted / 権限がありません", "You may not edit this page.");
        return false;
    }

    private void form(HttpServletResponse response, String heading, String action, int version, String title, String body,
                      String notice) throws IOException {
        Layout.write(response, site, heading, "", "<h1>" + Html.escape(heading) + "</h1>" + notice
                + "<form class=\"wb-editor\" method=\"post\" action=\"" + Html.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"version\" value=\"" + version + "\">"
                + "<label>Title / タイトル<input type=\"text\" name=\"title\" required value=\"" + Html.escape(title) + "\"></label>"
                + "<label>Storage format (XHTML) / ストレージ形式<textarea name=\"body\" rows=\"24\">" + Html.escape(body) + "</textarea></label>"
                + "<button class=\"aui-button aui-button-primary\" type=\"submit\">Save / 保存</button></form>");
    }
}
