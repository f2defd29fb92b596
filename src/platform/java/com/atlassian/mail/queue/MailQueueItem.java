package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;
import java.util.Date;

/** Declares atlassian-mail's queued mail, as Confluence's mail queue and its administration page see it. */
public interface MailQueueItem extends Comparable<MailQueueItem> {

    void send() throws MailException;

    String getSubject();

    Date getDateQueued();

    int getSendCount();

    boolean hasError();
}
