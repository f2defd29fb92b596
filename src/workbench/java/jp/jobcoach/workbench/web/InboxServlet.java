package jp.jobcoach.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.time.Instant;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.Inbox;

/** The signed-in user's notifications, newest first (where Confluence would send mail). */
final class InboxServlet extends HttpServlet {
    private final Site site;

    InboxServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder items = new StringBuilder();
        for (Inbox.Message message : site.inbox().messagesFor(AuthenticatedUserThreadLocal.get().getName())) {
            String subject = Html.escape(message.subject());
            items.append("<li class=\"wb-inbox-item\"><strong>")
                    .append(message.link() == null ? subject : "<a href=\"" + Html.escape(SwitcherServlet.safeNext(message.link())) + "\">" + subject + "</a>")
                    .append("</strong> <small>").append(Html.escape(Instant.ofEpochMilli(message.created()))).append("</small><p>")
                    .append(Html.escape(message.body())).append("</p></li>");
        }
        Layout.write(response, site, "Inbox", "", "<h1>Inbox / 受信箱</h1>"
                + (items.length() == 0 ? "<p>No notifications. / 通知はありません。</p>" : "<ul class=\"wb-inbox\">" + items + "</ul>"));
    }
}
