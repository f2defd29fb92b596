package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** Declares Atlassian User's query for one term, matched exactly or as a substring by a matching rule. */
public interface TermQuery<T extends Entity> extends Query<T> {
    String SUBSTRING_STARTS_WITH = "starts_with";
    String SUBSTRING_ENDS_WITH = "ends_with";
    String SUBSTRING_CONTAINS = "contains";
    String WILDCARD = "*";

    String getTerm();

    String getMatchingRule();

    boolean isMatchingSubstring();
}
