package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/** Declares Confluence's content event supertype so comment events keep their real hierarchy. */
public abstract class ContentEvent extends ConfluenceEvent {

    private static final long serialVersionUID = 1L;

    public ContentEvent(Object source) {
        super(source);
    }
}
