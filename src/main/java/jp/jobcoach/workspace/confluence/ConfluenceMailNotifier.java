package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.Notifier;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.Templates;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.web.view.ViewContext;
import jp.jobcoach.workspace.web.view.ViewText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications as mail through Confluence's own mail queue, so the administrator's mail server settings apply
 * (docs/decisions.md #8). Each mail is HTML in UTF-8, in the recipient's language, to the address Confluence has
 * for them, and says only what the notification says (who, which case, what is due) with a link under the
 * canonical base URL. Without a mail server nothing is queued; what is not sent is logged once per call, with
 * counts, never once per recipient.
 */
@Named
public class ConfluenceMailNotifier implements Notifier {
    /** Confluence's mail queue. */
    static final String MAIL_QUEUE = "mail";
    static final String TEMPLATE = "templates/jobcoach/mail.vm";
    static final String MIME_TYPE = "text/html";
    static final String ENCODING = "UTF-8";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceMailNotifier.class);

    private final MultiQueueTaskManager taskManager;
    private final MailServerManager mailServers;
    private final UserAccessor users;
    private final ApplicationProperties application;
    private final LocaleManager locales;
    private final Messages messages;
    private final People people;
    private final Templates templates;
    private final TimeSource time;

    @Inject
    public ConfluenceMailNotifier(@ComponentImport MultiQueueTaskManager taskManager,
                                  @ComponentImport MailServerManager mailServers, @ComponentImport UserAccessor users,
                                  @ComponentImport ApplicationProperties application, @ComponentImport LocaleManager locales,
                                  Messages messages, People people, Templates templates, TimeSource time) {
        this.taskManager = taskManager;
        this.mailServers = mailServers;
        this.users = users;
        this.application = application;
        this.locales = locales;
        this.messages = messages;
        this.people = people;
        this.templates = templates;
        this.time = time;
    }

    @Override
    public boolean delivers() {
        return mailServers.isDefaultSMTPMailServerDefined();
    }

    @Override
    public void send(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        if (!delivers()) {
            LOG.warn("Job Coach Workspace: {} notification(s) not e-mailed because Confluence has no outgoing mail server"
                    + " (Administration > Mail Servers); reminders still show on the case panels", deliveries.size());
            return;
        }
        List<String> withoutAddress = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            ConfluenceUser recipient = users.getUserByKey(new UserKey(delivery.userKey()));
            if (recipient == null || isBlank(recipient.getEmail())) {
                withoutAddress.add(delivery.userKey());
            } else {
                taskManager.addTask(MAIL_QUEUE, new QueuedMail(mail(recipient, delivery.notification())));
            }
        }
        if (!withoutAddress.isEmpty()) {
            LOG.warn("Job Coach Workspace: {} of {} notification(s) not e-mailed because the recipient has no e-mail"
                    + " address in Confluence (user keys {})", withoutAddress.size(), deliveries.size(), withoutAddress);
        }
    }

    /** The subject is set first: the queue item copies it when it is made. */
    private Email mail(ConfluenceUser recipient, Notification notification) {
        Locale locale = localeOf(recipient);
        ViewContext view = new ViewContext(new ViewText(messages, locale, time.zone(), people), false,
                application.getBaseUrl(UrlMode.CANONICAL), templates);
        Serializable[] args = notification.args().toArray(Serializable[]::new);
        String subject = view.text().message(notification.subjectKey(), args);
        boolean hasLink = !isBlank(notification.link());
        String html = view.render(TEMPLATE, Map.of(
                "language", locale.toLanguageTag(),
                "subject", subject,
                "greeting", view.text().message("jobcoach.mail.greeting", isBlank(recipient.getFullName())
                        ? recipient.getName() : recipient.getFullName()),
                "message", view.text().message(notification.bodyKey(), args),
                "hasLink", hasLink,
                "link", hasLink ? view.sitePath(notification.link()) : "",
                "open", view.text().message("jobcoach.mail.open", application.getDisplayName())));
        return new Email(recipient.getEmail()).setSubject(subject).setBody(html).setMimeType(MIME_TYPE).setEncoding(ENCODING);
    }

    /** The recipient's language, from their profile (else the site's), as Confluence's own mails are written in. */
    private Locale localeOf(ConfluenceUser recipient) {
        return locales.getLocale(recipient);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
