package com.atlassian.sal.api.transaction;

/** Declares SAL's transaction runner; the workbench implements it. */
public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> callback);
}
