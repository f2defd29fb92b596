package com.atlassian.confluence.event.events.content.comment;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Comment;

/** Declares Confluence's comment event supertype so listeners compile and the workbench can publish them. */
public abstract class CommentEvent extends ContentEvent {

    private static final long serialVersionUID = 1L;

    private final Comment comment;

    public CommentEvent(Object source, Comment comment) {
        super(source);
        this.comment = comment;
    }

    public Comment getComment() {
        return comment;
    }

    /** The content the comment is on. */
    public ContentEntityObject getContent() {
        return comment.getContainer();
    }
}
