package jp.jobcoach.workbench.host;

import com.atlassian.mail.server.MailServerManager;

/**
 * The workbench's mail server settings: one outgoing server, or none ({@code --no-mail-server}), which is how a
 * Confluence without mail settings behaves: mail queued then goes nowhere.
 */
public final class WorkbenchMailServer implements MailServerManager {
    private final boolean defined;

    public WorkbenchMailServer(boolean defined) {
        this.defined = defined;
    }

    @Override
    public boolean isDefaultSMTPMailServerDefined() {
        return defined;
    }
}
