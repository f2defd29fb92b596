package com.atlassian.confluence.event.events;

import com.atlassian.event.Event;

import java.io.Serializable;

/** Declares Confluence's event root so listeners compile and the workbench can publish Confluence events. */
public abstract class ConfluenceEvent extends Event implements Serializable {

    private static final long serialVersionUID = 1L;

    public ConfluenceEvent(Object source) {
        super(source);
    }
}
