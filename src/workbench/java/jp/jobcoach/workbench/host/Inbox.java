package jp.jobcoach.workbench.host;

import java.util.List;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;

/**
 * Where the workbench delivers notifications (Confluence would send mail or a workbox notification): messages per
 * user, shown on the inbox page. The plugin's notification port gets a workbench adapter that calls {@link #deliver}.
 */
public final class Inbox {
    public record Message(long id, String recipient, String subject, String body, String link, long created) {
    }

    private final Database database;

    public Inbox(Database database) {
        this.database = database;
    }

    public void deliver(String recipientUsername, String subject, String body, String link) {
        database.update("INSERT INTO WB_INBOX (ID, RECIPIENT, SUBJECT, BODY, LINK, CREATED) VALUES (?, ?, ?, ?, ?, ?)",
                WorkbenchSchema.nextId(database, "inbox"), recipientUsername, subject, body, link, System.currentTimeMillis());
    }

    /** Newest first. */
    public List<Message> messagesFor(String username) {
        return database.query("SELECT ID, RECIPIENT, SUBJECT, BODY, LINK, CREATED FROM WB_INBOX WHERE RECIPIENT = ? ORDER BY ID DESC",
                row -> new Message(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getLong(6)),
                username);
    }
}
