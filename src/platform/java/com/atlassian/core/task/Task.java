package com.atlassian.core.task;

import java.io.Serializable;

/** Declares atlassian-core's queued unit of work, which a {@link MultiQueueTaskManager} queue runs later. */
public interface Task extends Serializable {

    void execute() throws Exception;
}
