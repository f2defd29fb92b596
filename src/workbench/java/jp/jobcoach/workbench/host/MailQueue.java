package jp.jobcoach.workbench.host;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import java.util.Optional;
import jp.jobcoach.workspace.confluence.QueuedMail;

/**
 * Confluence's task queues as far as the plugin uses them: the {@code "mail"} queue, whose mail the workbench
 * delivers into the recipient's inbox instead of sending it by SMTP, at once rather than at the next flush. As
 * Confluence's queue it runs the item's task, and without a mail server delivers nothing. The declared API has no
 * SMTP transport to catch the {@link Email} at, so it reads it from the plugin's {@link QueuedMail}; any other task
 * on the mail queue, and any other queue, is refused (Confluence's mail queue expects mail queue items).
 */
public final class MailQueue implements MultiQueueTaskManager {
    static final String MAIL_QUEUE = "mail";

    private final Inbox inbox;
    private final MailServerManager servers;

    public MailQueue(Inbox inbox, MailServerManager servers) {
        this.inbox = inbox;
        this.servers = servers;
    }

    @Override
    public void addTask(String queueName, Task task) {
        if (!MAIL_QUEUE.equals(queueName)) {
            throw new IllegalArgumentException("The workbench has only Confluence's \"mail\" queue, not " + queueName);
        }
        if (!(task instanceof QueuedMail mail)) {
            throw new IllegalArgumentException("The mail queue takes mail queue items, not " + task.getClass().getName());
        }
        try {
            mail.execute();
        } catch (Exception e) {
            throw new IllegalStateException("The queued mail failed: " + e, e);
        }
        if (servers.isDefaultSMTPMailServerDefined()) {
            deliver(mail.getEmail());
        }
    }

    private void deliver(Email email) {
        Optional<WorkbenchUser> recipient = DemoUsers.ALL.stream()
                .filter(user -> user.getEmail().equalsIgnoreCase(email.getTo())).findFirst();
        if (recipient.isEmpty()) {
            System.err.println("[workbench] mail to " + email.getTo() + " not delivered: no workbench user has that address");
            return;
        }
        inbox.deliver(recipient.get(), email);
    }
}
