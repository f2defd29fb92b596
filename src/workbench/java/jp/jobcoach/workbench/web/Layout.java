package jp.jobcoach.workbench.web;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.plugin.PluginModules.WebResource;

/**
 * The workbench's minimal chrome in AUI style: header, optional sidebar, and the plugin's web resources that the
 * page requires. Callers render the page's content first, so what its macros required is known here.
 */
final class Layout {
    /** Confluence's decorator requires this context on every page but the administration's, which the workbench has not. */
    private static final String EVERY_PAGE_CONTEXT = "atl.general";

    private Layout() {
    }

    static void write(HttpServletResponse response, Site site, String title, String sidebar, String content) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>" + Html.escape(title)
                + " - Job Coach Workbench</title><link rel=\"stylesheet\" href=\"" + WebServer.STATIC_PATH + "/workbench.css\">"
                + webResourceTags(site) + "</head><body>" + header(site) + "<div class=\"wb-layout\">"
                + (sidebar.isEmpty() ? "" : "<nav class=\"wb-sidebar\">" + sidebar + "</nav>")
                + "<main class=\"wb-main\">" + content + "</main></div></body></html>");
    }

    private static String header(Site site) {
        WorkbenchUser user = (WorkbenchUser) AuthenticatedUserThreadLocal.get();
        StringBuilder spaces = new StringBuilder();
        for (Space space : site.pages().spaces()) {
            spaces.append("<a href=\"/spaces/").append(Html.escape(Html.url(space.getKey()))).append("\">").append(Html.escape(space.getName())).append("</a>");
        }
        String who = user == null ? "" : "<span class=\"wb-user\">" + Html.escape(user.fullName()) + " <small>(" + Html.escape(user.username())
                + ")</small></span><a href=\"/inbox\">Inbox / 受信箱</a>"
                + (user.admin() ? "<a href=\"" + ScheduledJobsServlet.PATH + "\">Scheduled jobs / ジョブ</a>" : "")
                + "<a href=\"" + SwitcherServlet.PATH + "\">Switch user / ユーザー切替</a>";
        return "<header class=\"aui-header\"><a class=\"wb-logo\" href=\"/\">Job Coach Workbench</a><span class=\"wb-spaces\">" + spaces
                + "</span><span class=\"wb-header-right\">" + who + "</span></header>";
    }

    private static String webResourceTags(Site site) {
        site.pageBuilder().requireContext(EVERY_PAGE_CONTEXT);
        StringBuilder tags = new StringBuilder();
        for (WebResource resource : PageResources.of(site.webResources(), site.pageBuilder().required())) {
            for (var download : resource.downloads()) {
                String url = Html.escape(WebResourceServlet.PATH + "/" + resource.completeKey() + "/" + download.name());
                tags.append(download.name().endsWith(".js") ? "<script src=\"" + url + "\"></script>"
                        : download.name().endsWith(".css") ? "<link rel=\"stylesheet\" href=\"" + url + "\">" : "");
            }
        }
        return tags.toString();
    }

    static void message(HttpServletResponse response, Site site, int status, String title, String text) throws IOException {
        response.setStatus(status);
        write(response, site, title, "", "<h1>" + Html.escape(title) + "</h1><div class=\"aui-message aui-message-warning\"><p>"
                + Html.escape(text) + "</p></div>");
    }
}
