package com.atlassian.core.task;

/**
 * Declares the part of atlassian-core's named task queues the plugin uses (Confluence's component
 * {@code multiQueueTaskManager}); Confluence's mail queue is {@code "mail"}. The workbench implements it.
 */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}
