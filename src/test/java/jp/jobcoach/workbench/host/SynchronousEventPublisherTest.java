package jp.jobcoach.workbench.host;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.event.events.content.comment.CommentEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SynchronousEventPublisherTest {
    public static class Listener {
        final List<String> seen = new ArrayList<>();

        @EventListener
        public void anyComment(CommentEvent event) {
            seen.add("comment");
        }

        @EventListener
        public void anything(Object event) {
            seen.add("object");
        }

        @EventListener
        public void strings(String event) {
            seen.add("string");
        }
    }

    @Test
    public void dispatchesByParameterTypeIncludingSupertypesUntilUnregistered() {
        SynchronousEventPublisher publisher = new SynchronousEventPublisher();
        Listener listener = new Listener();
        publisher.register(listener);
        publisher.publish(new CommentCreateEvent(this, new Comment()));
        assertEquals(List.of("comment", "object"), listener.seen.stream().sorted().toList());
        publisher.unregister(listener);
        publisher.publish("ignored");
        assertEquals(2, listener.seen.size());
    }
}
