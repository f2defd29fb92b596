package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Declares Atlassian's cluster-wide lock; the workbench implements it. */
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();
}
