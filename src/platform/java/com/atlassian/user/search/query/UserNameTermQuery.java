package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Declares Atlassian User's query for users by their user name. */
public class UserNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {

    public UserNameTermQuery(String term) {
        super(term);
    }

    public UserNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
