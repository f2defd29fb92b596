package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.pages.Comment;

/** Declares Confluence's new-comment event so listeners compile and the workbench publishes it on each comment. */
public class CommentCreateEvent extends CommentEvent {

    private static final long serialVersionUID = 1L;

    public CommentCreateEvent(Object source, Comment comment) {
        super(source, comment);
    }
}
