package jp.jobcoach.workbench.testplugin;

import com.atlassian.confluence.event.events.content.comment.CommentEvent;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** The test plugin's listener (a component from the index): records comment events, listening by a supertype. */
@Named
public class CommentRecorder implements InitializingBean, DisposableBean {
    private final EventPublisher events;
    private final List<CommentEvent> received = new CopyOnWriteArrayList<>();

    @Inject
    public CommentRecorder(EventPublisher events) {
        this.events = events;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    @EventListener
    public void onComment(CommentEvent event) {
        received.add(event);
    }

    public List<CommentEvent> received() {
        return received;
    }
}
