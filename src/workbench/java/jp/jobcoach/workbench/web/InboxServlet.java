package jp.jobcoach.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import java.io.IOException;
import java.time.Instant;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.jobcoach.workbench.host.Inbox;

/**
 * The signed-in user's mail, newest first, as Confluence would have sent it. An HTML body is shown in an iframe
 * sandboxed without any permission (no script runs, and it is of no origin, so it cannot reach the workbench's
 * pages or session), as a careful mail client shows it, and as its escaped source, which is what was sent.
 */
final class InboxServlet extends HttpServlet {
    private final Site site;

    InboxServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder items = new StringBuilder();
        for (Inbox.Message message : site.inbox().messagesFor(AuthenticatedUserThreadLocal.get().getName())) {
            items.append("<li class=\"wb-inbox-item\"><strong>").append(Html.escape(message.subject()))
                    .append("</strong> <small>to ").append(Html.escape(message.address())).append(", ")
                    .append(Html.escape(Instant.ofEpochMilli(message.created()))).append(", ")
                    .append(Html.escape(message.mimeType())).append("; charset=").append(Html.escape(message.encoding()))
                    .append(", reader's language ").append(Html.escape(message.language())).append("</small>")
                    .append(body(message)).append("</li>");
        }
        Layout.write(response, site, "Inbox", "", "<h1>Inbox / 受信箱</h1>"
                + (items.length() == 0 ? "<p>No mail. / メールはありません。</p>" : "<ul class=\"wb-inbox\">" + items + "</ul>"));
    }

    private static String body(Inbox.Message message) {
        String source = "<pre class=\"wb-mail-source\">" + Html.escape(message.body()) + "</pre>";
        if (!message.mimeType().startsWith("text/html")) {
            return source;
        }
        return "<iframe class=\"wb-mail\" sandbox=\"\" title=\"" + Html.escape(message.subject()) + "\" srcdoc=\""
                + Html.escape(message.body()) + "\"></iframe><details><summary>HTML source</summary>" + source + "</details>";
    }
}
