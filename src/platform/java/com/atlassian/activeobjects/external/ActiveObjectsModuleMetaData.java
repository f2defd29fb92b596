package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;

import java.util.concurrent.ExecutionException;

/** Declares what Active Objects tells about its module, so code can wait for it; hosts implement it. */
public interface ActiveObjectsModuleMetaData {

    void awaitInitialization() throws ExecutionException, InterruptedException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();
}
