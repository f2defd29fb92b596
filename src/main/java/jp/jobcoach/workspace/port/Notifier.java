package jp.jobcoach.workspace.port;

import java.io.Serializable;
import java.util.List;

/**
 * Tells people something short in their own language: in both hosts, a mail through Confluence's mail queue
 * (docs/decisions.md #8). A notification names who, which case, what is due and a link, never anyone's health.
 */
public interface Notifier {

    /**
     * What to say, as bundle keys with their arguments; the host translates for the recipient.
     *
     * @param link where the notification leads, relative to the host's base URL; may be absent
     */
    record Notification(String subjectKey, String bodyKey, List<Serializable> args, String link) {
        public Notification {
            args = List.copyOf(args);
        }
    }

    /** One notification for one person. */
    record Delivery(String userKey, Notification notification) {
    }

    /**
     * Sends one run's notifications (one reminder run, say). What cannot be delivered (no mail server, a recipient
     * without an address) is reported once per call, however many recipients it concerns.
     */
    void send(List<Delivery> deliveries);

    /** False while nothing can reach anyone (Confluence without a mail server), so the product can say so. */
    boolean delivers();
}
