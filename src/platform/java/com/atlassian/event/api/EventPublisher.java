package com.atlassian.event.api;

/** Declares Atlassian's (node-local) event publisher; the workbench implements it. */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
