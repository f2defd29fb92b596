package com.atlassian.event.api;

/** Declares Atlassian's listener registration; the workbench implements it. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
