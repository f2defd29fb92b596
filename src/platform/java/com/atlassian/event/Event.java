package com.atlassian.event;

import org.springframework.context.ApplicationEvent;

/** Declares Atlassian's legacy event root so Confluence's events keep their real hierarchy. */
public class Event extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    public Event(Object source) {
        super(source);
    }
}
