package com.atlassian.sal.api.lifecycle;

/** Declares SAL's start/stop callbacks so components compile and the workbench calls them as Confluence does. */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
