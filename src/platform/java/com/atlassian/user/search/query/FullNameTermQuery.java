package com.atlassian.user.search.query;

import com.atlassian.user.User;

/** Declares Atlassian User's query for users by their full name. */
public class FullNameTermQuery extends AbstractSingleTermQuery<User> implements UserQuery {

    public FullNameTermQuery(String term) {
        super(term);
    }

    public FullNameTermQuery(String term, String matchingRule) {
        super(term, matchingRule);
    }
}
