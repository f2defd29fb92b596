package jp.jobcoach.workbench.host;

import com.atlassian.mail.Email;
import java.util.List;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;

/**
 * Where the workbench's mail arrives (Confluence would send it by SMTP): each {@link Email} as it was queued —
 * subject, body, MIME type and encoding — for its recipient, with the language the recipient reads, shown on the
 * inbox page. {@link MailQueue} delivers here.
 */
public final class Inbox {
    /** @param language the recipient's, as a language tag: what the mail should be written in */
    public record Message(long id, String recipient, String address, String subject, String body, String mimeType,
                          String encoding, String language, long created) {
    }

    private static final String COLUMNS = "ID, RECIPIENT, ADDRESS, SUBJECT, BODY, MIME_TYPE, ENCODING, LANGUAGE, CREATED";
    private static final Database.RowMapper<Message> MESSAGE = row -> new Message(row.getLong(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
            row.getLong(9));

    private final Database database;

    public Inbox(Database database) {
        this.database = database;
    }

    public void deliver(WorkbenchUser recipient, Email email) {
        database.update("INSERT INTO WB_INBOX (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                WorkbenchSchema.nextId(database, "inbox"), recipient.username(), email.getTo(), email.getSubject(),
                email.getBody(), email.getMimeType(), email.getEncoding(), recipient.locale().toLanguageTag(),
                System.currentTimeMillis());
    }

    /** Newest first. */
    public List<Message> messagesFor(String username) {
        return database.query("SELECT " + COLUMNS + " FROM WB_INBOX WHERE RECIPIENT = ? ORDER BY ID DESC", MESSAGE, username);
    }

    /** Everyone's, newest first: for tests that check what no mail may say. */
    public List<Message> all() {
        return database.query("SELECT " + COLUMNS + " FROM WB_INBOX ORDER BY ID DESC", MESSAGE);
    }
}
