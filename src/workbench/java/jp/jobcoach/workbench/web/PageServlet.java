package jp.jobcoach.workbench.web;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.WorkbenchUser;

/**
 * /pages/ID (view; ?output=preview|pdf|... renders for that output without edit controls), /pages/ID/edit,
 * /pages/ID/create (a child page), /pages/ID/template (child pages from a blueprint), /pages/ID/comments (POST), and Confluence's /pages/viewpage.action?pageId=ID.
 * /pages/ID/restrictions (administrator only). A page the user may not view is 404, as Confluence shows it.
 */
final class PageServlet extends HttpServlet {
    private static final Pattern ROUTE = Pattern.compile("/pages/(\\d+)(/(edit|create|template|comments|restrictions))?");
    private static final Set<String> OUTPUT_TYPES = Set.of("display", "preview", "pdf", "word", "html_export", "email", "feed");
    private final Site site;
    private final PageForms forms;
    private final RestrictionsForm restrictions;
    private final TemplateForm templates;

    PageServlet(Site site) {
        this.site = site;
        this.forms = new PageForms(site);
        this.restrictions = new RestrictionsForm(site);
        this.templates = new TemplateForm(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().equals("/pages/viewpage.action")) {
            response.sendRedirect("/pages/" + Html.url(String.valueOf(request.getParameter("pageId"))));
            return;
        }
        Page page = visiblePage(request, response);
        if (page == null) {
            return;
        }
        switch (action(request)) {
            case "edit" -> forms.edit(response, page, null, null);
            case "create" -> forms.create(response, page);
            case "template" -> templates.show(response, page);
            case "restrictions" -> restrictions.show(request, response);
            case "" -> view(request, response, page);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Page page = visiblePage(request, response);
        if (page == null) {
            return;
        }
        switch (action(request)) {
            case "edit" -> forms.save(request, response, page);
            case "create" -> forms.saveChild(request, response, page);
            case "template" -> templates.create(request, response, page);
            case "comments" -> comment(request, response, page);
            case "restrictions" -> restrictions.save(request, response);
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private static String action(HttpServletRequest request) {
        Matcher route = ROUTE.matcher(request.getRequestURI());
        return route.matches() && route.group(3) != null ? route.group(3) : "";
    }

    private Page visiblePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher route = ROUTE.matcher(request.getRequestURI());
        Page page = route.matches() ? site.permissions().pageIfVisible(AuthenticatedUserThreadLocal.get(), Long.parseLong(route.group(1))) : null;
        if (page == null) {
            Layout.message(response, site, HttpServletResponse.SC_NOT_FOUND, "Page not found / ページが見つかりません",
                    "The page does not exist or you may not view it. / ページが存在しないか、閲覧権限がありません。");
        }
        return page;
    }

    private void view(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        String requested = String.valueOf(request.getParameter("output"));
        String outputType = OUTPUT_TYPES.contains(requested) ? requested : "display";
        boolean display = outputType.equals("display");
        String body = site.renderer().render(page.getBodyAsString(), new jp.jobcoach.workbench.render.WorkbenchConversionContext(page, outputType));
        String content = "<h1 class=\"wb-page-title\">" + Html.escape(page.getTitle()) + "</h1>"
                + (display ? actions(page) : "<p class=\"wb-output-type\">Output / 出力: " + Html.escape(outputType) + "</p>")
                + "<div class=\"wiki-content\">" + body + "</div>" + (display ? comments(page) : "");
        Layout.write(response, site, page.getTitle(), display ? PageTree.html(site, AuthenticatedUserThreadLocal.get(), page.getSpaceKey(), page.getId()) : "", content);
    }

    private String actions(Page page) {
        WorkbenchUser user = (WorkbenchUser) AuthenticatedUserThreadLocal.get();
        String base = "/pages/" + page.getId();
        StringBuilder links = new StringBuilder("<div class=\"wb-actions\">");
        if (site.permissions().hasPermission(user, Permission.EDIT, page)) {
            links.append("<a class=\"aui-button\" href=\"").append(base).append("/edit\">Edit / 編集</a>")
                    .append("<a class=\"aui-button\" href=\"").append(base).append("/create\">Add child page / 子ページ作成</a>")
                    .append(site.blueprints().blueprints().isEmpty() ? "" : "<a class=\"aui-button wb-from-template\" href=\"" + base
                            + "/template\">Create from template / テンプレートから作成</a>");
        }
        if (user.admin()) {
            links.append("<a class=\"aui-button\" href=\"").append(base).append("/restrictions\">Restrictions / 制限</a>");
        }
        links.append("<a class=\"aui-button\" href=\"").append(base).append("?output=preview\">Preview</a>")
                .append("<a class=\"aui-button\" href=\"").append(base).append("?output=pdf\">PDF view</a>");
        return links.append("</div>").toString();
    }

    private String comments(Page page) {
        StringBuilder out = new StringBuilder("<section class=\"wb-comments\"><h2>Comments / コメント</h2><ul>");
        for (Comment comment : site.pages().comments(page)) {
            out.append("<li class=\"wb-comment\"><strong>").append(Html.escape(comment.getCreator() == null ? "?" : comment.getCreator().getFullName()))
                    .append("</strong> <small>").append(Html.escape(comment.getCreationDate().toInstant())).append("</small><p>")
                    .append(Html.escape(comment.getBodyAsString())).append("</p></li>");
        }
        return out.append("</ul><form method=\"post\" action=\"/pages/").append(page.getId())
                .append("/comments\"><textarea name=\"body\" rows=\"3\" required></textarea><button class=\"aui-button\" type=\"submit\">")
                .append("Add comment / コメントする</button></form></section>").toString();
    }

    /** Stores the comment, then tells the plugin's listeners as Confluence does. */
    private void comment(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        String body = String.valueOf(request.getParameter("body")).strip();
        if (!body.isEmpty() && !body.equals("null")) {
            Comment comment = site.pages().addComment(page, (WorkbenchUser) AuthenticatedUserThreadLocal.get(), body);
            site.events().publish(new CommentCreateEvent(this, comment));
        }
        response.sendRedirect("/pages/" + page.getId() + "#comments");
    }
}
