package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Declares atlassian-mail's queue item for one {@link Email}. It copies the subject when it is made, so the subject
 * is set first. It is not a {@code Task}: Confluence's queue takes a class that is both, wrapping this one.
 */
public class SingleMailQueueItem extends AbstractMailQueueItem {

    private final Email email;

    public SingleMailQueueItem(Email email) {
        super(email.getSubject());
        this.email = email;
    }

    /**
     * The real one sends through the default SMTP server and silently does nothing without one. That transport is
     * not declared, so here it only counts the attempt; the workbench delivers the {@link #getEmail() email} itself.
     */
    @Override
    public void send() throws MailException {
        countAttempt();
    }

    public Email getEmail() {
        return email;
    }
}
