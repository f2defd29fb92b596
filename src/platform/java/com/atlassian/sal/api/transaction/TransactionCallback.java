package com.atlassian.sal.api.transaction;

/** Declares SAL's unit of transactional work, taken by {@link TransactionTemplate} and Active Objects. */
public interface TransactionCallback<T> {

    T doInTransaction();
}
