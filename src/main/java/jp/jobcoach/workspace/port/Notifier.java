package jp.jobcoach.workspace.port;

import java.io.Serializable;
import java.util.List;

/** Sends a person a short notification in their own language: mail or a host notification, per host. */
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

    void send(String userKey, Notification notification);
}
