package jp.jobcoach.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.mail.Email;
import java.util.List;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;
import jp.jobcoach.workspace.confluence.QueuedMail;
import org.junit.Test;

/** The workbench's mail queue: what it delivers into the inbox, and what it refuses as Confluence's queue would. */
public class MailQueueTest {
    private final Database database = new Database("jdbc:h2:mem:mail-queue-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Inbox inbox = new Inbox(database);

    {
        WorkbenchSchema.createIfMissing(database);
    }

    @Test
    public void aQueuedMailArrivesInItsRecipientsInboxAsItWasQueued() {
        QueuedMail mail = new QueuedMail(new Email("kato.rie@sakura-logistics.example").setSubject("Retention interview today")
                .setBody("<p>Hello</p>").setMimeType("text/html"));
        new MailQueue(inbox, new WorkbenchMailServer(true)).addTask("mail", mail);

        List<Inbox.Message> messages = inbox.messagesFor("kato.rie");
        assertEquals(1, messages.size());
        Inbox.Message message = messages.get(0);
        assertEquals("Retention interview today", message.subject());
        assertEquals("<p>Hello</p>", message.body());
        assertEquals("text/html", message.mimeType());
        assertEquals("UTF-8", message.encoding());
        assertEquals("en", message.language());
        assertEquals("the queue ran the item's task, as Confluence's flush does", 1, mail.getSendCount());
    }

    @Test
    public void withoutAMailServerNothingArrives() {
        QueuedMail mail = new QueuedMail(new Email("kato.rie@sakura-logistics.example").setSubject("s").setBody("b"));
        new MailQueue(inbox, new WorkbenchMailServer(false)).addTask("mail", mail);
        assertEquals(List.of(), inbox.all());
    }

    @Test
    public void otherQueuesAndTasksThatAreNoMailAreRefused() {
        MailQueue queue = new MailQueue(inbox, new WorkbenchMailServer(true));
        QueuedMail mail = new QueuedMail(new Email("kato.rie@sakura-logistics.example").setSubject("s").setBody("b"));
        for (Runnable wrong : List.<Runnable>of(() -> queue.addTask("indexing", mail), () -> queue.addTask("mail", () -> { }))) {
            try {
                wrong.run();
                fail();
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith("The "));
            }
        }
        assertEquals(List.of(), inbox.all());
    }

    @Test
    public void aBlankRecipientIsRefusedByTheEmailItself() {
        for (String to : new String[] {null, "", "  "}) {
            try {
                new Email(to);
                fail();
            } catch (IllegalArgumentException expected) {
                // as atlassian-mail's Email
            }
        }
        Email email = new Email("a@example.org");
        assertEquals("text/plain", email.getMimeType());
        assertEquals("UTF-8", email.getEncoding());
    }

    /** A data folder from before the inbox held mail gets a new, empty inbox; everything else is kept. */
    @Test
    public void anOlderDataFoldersInboxIsMadeAnew() {
        database.update("UPDATE WB_SCHEMA SET VERSION = 1");
        database.update("DROP TABLE WB_INBOX");
        database.update("CREATE TABLE WB_INBOX (ID BIGINT PRIMARY KEY, RECIPIENT VARCHAR(64) NOT NULL, SUBJECT VARCHAR(255) NOT NULL,"
                + " BODY TEXT NOT NULL, LINK VARCHAR(1000), CREATED BIGINT NOT NULL)");
        database.update("INSERT INTO WB_INBOX (ID, RECIPIENT, SUBJECT, BODY, LINK, CREATED) VALUES (1, 'kato.rie', 's', 'b', null, 0)");

        assertEquals("not a new database", false, WorkbenchSchema.createIfMissing(database));
        assertEquals(List.of(), inbox.all());
        new MailQueue(inbox, new WorkbenchMailServer(true)).addTask("mail",
                new QueuedMail(new Email("kato.rie@sakura-logistics.example").setSubject("s").setBody("b")));
        assertEquals(1, inbox.messagesFor("kato.rie").size());
        assertEquals("a second start changes nothing", false, WorkbenchSchema.createIfMissing(database));
        assertEquals(1, inbox.messagesFor("kato.rie").size());
    }
}
