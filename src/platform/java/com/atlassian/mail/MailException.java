package com.atlassian.mail;

/** Declares atlassian-mail's failure to send, which mail queue items throw. */
public class MailException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailException() {
    }
}
