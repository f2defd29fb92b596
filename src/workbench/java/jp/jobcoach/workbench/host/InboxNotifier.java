package jp.jobcoach.workbench.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.io.Serializable;
import jp.jobcoach.workspace.port.Notifier;

/**
 * The workbench's adapter of the plugin's notification port: translates into the recipient's language and
 * delivers to their inbox. It replaces the plugin's Confluence adapter (see PluginContainer).
 */
public final class InboxNotifier implements Notifier {
    private final Inbox inbox;
    private final WorkbenchUserManager users;
    private final BundleI18nResolver i18n;

    public InboxNotifier(Inbox inbox, WorkbenchUserManager users, BundleI18nResolver i18n) {
        this.inbox = inbox;
        this.users = users;
        this.i18n = i18n;
    }

    @Override
    public void send(String userKey, Notification notification) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        if (!(profile instanceof WorkbenchUser user)) {
            return;
        }
        Serializable[] args = notification.args().toArray(Serializable[]::new);
        inbox.deliver(user.username(), i18n.getText(user.locale(), notification.subjectKey(), args),
                i18n.getText(user.locale(), notification.bodyKey(), args), notification.link());
    }
}
