package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Declares Atlassian User's marker of the queries that find users. */
public interface UserQuery extends Query<User> {
}
