package jp.jobcoach.workspace.confluence;

import jakarta.inject.Named;
import jp.jobcoach.workspace.port.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's notifier until a mail or notification API is declared for the plugin (docs/decisions.md #8):
 * it only logs, so that the plugin, its reminder job and the overdue flag work in Confluence meanwhile. The
 * workbench replaces it with its inbox.
 */
@Named
public class PendingNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(PendingNotifier.class);

    @Override
    public void send(String userKey, Notification notification) {
        LOG.info("Notification {} for user {} not delivered: no Confluence notification adapter yet",
                notification.subjectKey(), userKey);
    }
}
