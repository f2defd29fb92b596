package com.atlassian.mail.server;

/** Declares the part of atlassian-mail's server settings the plugin uses; the workbench implements it. */
public interface MailServerManager {

    /** Whether an administrator has set up the outgoing (SMTP) server that queued mail goes through. */
    boolean isDefaultSMTPMailServerDefined();
}
