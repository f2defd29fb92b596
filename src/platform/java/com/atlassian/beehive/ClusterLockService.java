package com.atlassian.beehive;

/** Declares Atlassian's cluster lock service; the workbench implements it over its shared database. */
public interface ClusterLockService {

    /** The lock with this name, the same one on every node. */
    ClusterLock getLockForName(String lockName);
}
