package jp.jobcoach.workspace.confluence;

import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Date;

/**
 * One mail on Confluence's {@code "mail"} queue: the queue runs {@link Task}s, while its clean-up and its
 * administration page expect {@link MailQueueItem}s, and {@link SingleMailQueueItem} is only the latter. So this is
 * both, and delegates to a SingleMailQueueItem of its {@link Email}. Tasks are serialisable and
 * SingleMailQueueItem is not declared so: only the Email is serialised, and a copy read back makes its item anew
 * (with its own queued time and no attempts).
 */
public final class QueuedMail implements MailQueueItem, Task {
    private static final long serialVersionUID = 1L;

    private final Email email;
    private transient SingleMailQueueItem item;

    /** @param email complete, its subject included: the item copies the subject when it is made */
    public QueuedMail(Email email) {
        this.email = email;
        this.item = new SingleMailQueueItem(email);
    }

    /** What the queue sends, as {@link SingleMailQueueItem#getEmail()} tells it; the workbench's inbox reads it. */
    public Email getEmail() {
        return item.getEmail();
    }

    @Override
    public void execute() throws MailException {
        item.send();
    }

    @Override
    public void send() throws MailException {
        item.send();
    }

    @Override
    public String getSubject() {
        return item.getSubject();
    }

    @Override
    public Date getDateQueued() {
        return item.getDateQueued();
    }

    @Override
    public int getSendCount() {
        return item.getSendCount();
    }

    @Override
    public boolean hasError() {
        return item.hasError();
    }

    @Override
    public int compareTo(MailQueueItem other) {
        return item.compareTo(other);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        item = new SingleMailQueueItem(email);
    }
}
