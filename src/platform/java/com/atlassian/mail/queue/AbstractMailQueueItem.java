package com.atlassian.mail.queue;

import java.util.Date;

/** Declares atlassian-mail's base of queued mails: the subject and the time it was queued are fixed when it is made. */
public abstract class AbstractMailQueueItem implements MailQueueItem {

    private final String subject;
    private final Date dateQueued = new Date();
    private int sendCount;

    public AbstractMailQueueItem() {
        this(null);
    }

    public AbstractMailQueueItem(String subject) {
        this.subject = subject;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public Date getDateQueued() {
        return new Date(dateQueued.getTime());
    }

    @Override
    public int getSendCount() {
        return sendCount;
    }

    @Override
    public boolean hasError() {
        return false;
    }

    /** Oldest first. */
    @Override
    public final int compareTo(MailQueueItem other) {
        return getDateQueued().compareTo(other.getDateQueued());
    }

    void countAttempt() {
        sendCount++;
    }
}
