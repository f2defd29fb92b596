package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.mail.server.MailServerManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import jp.jobcoach.workspace.port.Notifier.Delivery;
import jp.jobcoach.workspace.port.Notifier.Notification;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.testhost.TestHost;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.After;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The mail adapter against mocks of Confluence's mail queue, mail settings and users. */
public class ConfluenceMailNotifierTest {
    private static final String BASE = "https://wiki.example.org/confluence";
    private static final Notification TODAY = new Notification("jobcoach.reminder.today", "jobcoach.reminder.body",
            List.<Serializable>of(42L, "2026-12-01"), "/display/CASES/Case+42");

    private final MultiQueueTaskManager queue = mock(MultiQueueTaskManager.class);
    private final MailServerManager mailServers = mock(MailServerManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluenceMailNotifier notifier;

    {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn(BASE);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        when(application.getDisplayName()).thenReturn("Confluence");
        // each recipient's profile language: the Japanese test users' names start with "ja-"
        LocaleManager locales = mock(LocaleManager.class);
        when(locales.getLocale(any())).thenAnswer(call -> call.getArgument(0) instanceof ConfluenceUser user
                && user.getName().startsWith("ja-") ? Locale.JAPANESE : Locale.ENGLISH);
        TimeSource time = mock(TimeSource.class);
        when(time.zone()).thenReturn(ZoneOffset.UTC);
        when(mailServers.isDefaultSMTPMailServerDefined()).thenReturn(true);
        notifier = new ConfluenceMailNotifier(queue, mailServers, users, application, locales, RestTestSupport::fromBundles,
                mock(People.class), TestHost.TEMPLATES, time);
    }

    @After
    public void noUserLeftOnTheThread() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void aNotificationIsQueuedAsAnHtmlMailInTheRecipientsLanguage() {
        user("k-ja", "ja-tanaka", "田中 直樹", "tanaka@example.org");
        user("k-en", "en-kato", "Rie Kato", "kato@example.org");

        notifier.send(List.of(new Delivery("k-ja", TODAY), new Delivery("k-en", TODAY)));

        List<Email> mails = queued(2);
        Email ja = mails.get(0);
        assertEquals("tanaka@example.org", ja.getTo());
        assertEquals("本日は定着面談の予定日です", ja.getSubject());
        assertEquals("text/html", ja.getMimeType());
        assertEquals("UTF-8", ja.getEncoding());
        assertTrue(ja.getBody(), ja.getBody().contains("<html lang=\"ja\">"));
        assertTrue(ja.getBody(), ja.getBody().contains("田中 直樹 さん"));
        assertTrue(ja.getBody(), ja.getBody().contains("ケース 42 の次回の定着面談は 2026-12-01 の予定です。"));
        assertTrue("the canonical base URL: " + ja.getBody(),
                ja.getBody().contains("<a href=\"" + BASE + "/display/CASES/Case+42\">" + BASE + "/display/CASES/Case+42</a>"));

        Email en = mails.get(1);
        assertEquals("kato@example.org", en.getTo());
        assertEquals("Retention interview today", en.getSubject());
        assertTrue(en.getBody(), en.getBody().contains("<html lang=\"en\">"));
        assertTrue(en.getBody(), en.getBody().contains("Hello Rie Kato,"));
        assertTrue(en.getBody(), en.getBody().contains("The next retention interview of case 42 is planned for 2026-12-01."));
        for (Email mail : mails) {
            assertFalse("static mail: " + mail.getBody(), mail.getBody().contains("<script") || mail.getBody().contains("<form"));
        }
        assertNull("sending changes nobody's session: the thread has no user", AuthenticatedUserThreadLocal.get());
    }

    @Test
    public void theQueuedItemIsAMailItemAndATaskWithTheSubjectOfItsMail() throws Exception {
        user("k-en", "en-kato", "Rie Kato", "kato@example.org");
        notifier.send(List.of(new Delivery("k-en", TODAY)));

        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(queue).addTask(eq("mail"), task.capture());
        MailQueueItem item = (MailQueueItem) task.getValue();
        assertEquals("the subject was set before the item copied it", "Retention interview today", item.getSubject());
        task.getValue().execute();
        assertEquals(1, item.getSendCount());
        assertFalse(item.hasError());

        QueuedMail copy = (QueuedMail) serialisedAndBack(task.getValue());
        assertEquals("Retention interview today", copy.getSubject());
        assertEquals("kato@example.org", copy.getEmail().getTo());
        assertEquals(((QueuedMail) item).getEmail().getBody(), copy.getEmail().getBody());
    }

    @Test
    public void theRecipientsLanguageIsTheirsWhoeverIsSignedIn() {
        ConfluenceUser signedIn = user("k-admin", "en-admin", "Admin", "admin@example.org");
        user("k-ja", "ja-tanaka", "田中 直樹", "tanaka@example.org");
        AuthenticatedUserThreadLocal.set(signedIn);
        notifier.send(List.of(new Delivery("k-ja", TODAY)));
        assertSame(signedIn, AuthenticatedUserThreadLocal.get());
        assertEquals("本日は定着面談の予定日です", queued(1).get(0).getSubject());
    }

    @Test
    public void withoutAMailServerNothingIsQueuedAndOneLineIsLogged() {
        when(mailServers.isDefaultSMTPMailServerDefined()).thenReturn(false);
        user("k-ja", "ja-tanaka", "田中 直樹", "tanaka@example.org");
        user("k-en", "en-kato", "Rie Kato", "kato@example.org");

        String log = stderrOf(() -> notifier.send(List.of(new Delivery("k-ja", TODAY), new Delivery("k-en", TODAY),
                new Delivery("k-ja", TODAY))));

        verify(queue, never()).addTask(anyString(), any());
        assertFalse(notifier.delivers());
        assertEquals("one line for the run, not one per recipient: " + log, 1, linesOfOurs(log).size());
        assertTrue(log, linesOfOurs(log).get(0).contains("3 notification(s) not e-mailed because Confluence has no outgoing mail server"));
    }

    @Test
    public void recipientsWithoutAnAddressAreSkippedAndCountedInOneLine() {
        user("k-ja", "ja-tanaka", "田中 直樹", "tanaka@example.org");
        user("k-blank", "en-blank", "No Mail", " ");
        user("k-none", "en-none", "No Mail Either", null);
        // k-gone: no longer a Confluence user

        String log = stderrOf(() -> notifier.send(List.of(new Delivery("k-blank", TODAY), new Delivery("k-ja", TODAY),
                new Delivery("k-none", TODAY), new Delivery("k-gone", TODAY))));

        assertEquals("tanaka@example.org", queued(1).get(0).getTo());
        assertEquals(log, 1, linesOfOurs(log).size());
        assertTrue(log, linesOfOurs(log).get(0).contains("3 of 4 notification(s) not e-mailed because the recipient has no"
                + " e-mail address in Confluence (user keys [k-blank, k-none, k-gone])"));
    }

    @Test
    public void nothingToSendIsNoLineAtAll() {
        when(mailServers.isDefaultSMTPMailServerDefined()).thenReturn(false);
        assertEquals(List.of(), linesOfOurs(stderrOf(() -> notifier.send(List.of()))));
        verify(queue, never()).addTask(anyString(), any());
    }

    @Test
    public void aNotificationWithoutALinkHasNoLinkParagraph() {
        user("k-en", "en-kato", "Rie Kato", "kato@example.org");
        notifier.send(List.of(new Delivery("k-en", new Notification(TODAY.subjectKey(), TODAY.bodyKey(), TODAY.args(), null))));
        String body = queued(1).get(0).getBody();
        assertFalse(body, body.contains("<a "));
        assertFalse(body, body.contains("Open the case in Confluence"));
    }

    @Test
    public void markupInANameIsEscaped() {
        user("k-en", "en-evil", "<img src=x onerror=alert(1)>", "evil@example.org");
        notifier.send(List.of(new Delivery("k-en", TODAY)));
        String body = queued(1).get(0).getBody();
        assertFalse(body, body.contains("<img"));
        assertTrue(body, body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    private ConfluenceUser user(String key, String name, String fullName, String email) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(name);
        when(user.getFullName()).thenReturn(fullName);
        when(user.getEmail()).thenReturn(email);
        when(users.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }

    private List<Email> queued(int count) {
        ArgumentCaptor<Task> tasks = ArgumentCaptor.forClass(Task.class);
        verify(queue, times(count)).addTask(eq("mail"), tasks.capture());
        return tasks.getAllValues().stream().map(task -> ((QueuedMail) task).getEmail()).toList();
    }

    private static Object serialisedAndBack(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    /** slf4j-simple, the tests' logger, writes to System.err as it is at each line. */
    private static String stderrOf(Runnable work) {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static List<String> linesOfOurs(String log) {
        return log.lines().filter(line -> line.contains(ConfluenceMailNotifier.class.getSimpleName())).toList();
    }
}
