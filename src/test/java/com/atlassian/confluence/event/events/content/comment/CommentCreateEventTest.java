package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import org.junit.Test;
import org.springframework.context.ApplicationEvent;

import java.io.Serializable;

import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class CommentCreateEventTest {

    @Test
    public void hasTheRealHierarchy() {
        Object event = new CommentCreateEvent(this, new Comment());
        assertTrue(event instanceof CommentEvent);
        assertTrue(event instanceof ContentEvent);
        assertTrue(event instanceof ConfluenceEvent);
        assertTrue(event instanceof com.atlassian.event.Event);
        assertTrue(event instanceof ApplicationEvent);
        assertTrue(Serializable.class.isAssignableFrom(ConfluenceEvent.class));
    }

    @Test
    public void givesTheCommentAndTheContentItIsOn() {
        Page page = new Page();
        page.setId(10L);
        Comment comment = new Comment();
        comment.setId(11L);
        comment.setContainer(page);
        Object source = new Object();

        CommentCreateEvent event = new CommentCreateEvent(source, comment);

        assertSame(comment, event.getComment());
        assertSame(page, event.getContent());
        assertSame(source, event.getSource());
    }
}
