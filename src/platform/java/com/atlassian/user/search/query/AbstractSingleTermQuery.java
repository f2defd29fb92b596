package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/**
 * Declares Atlassian User's base of the single-term queries. It behaves as we understand the real one to: with a
 * matching rule the term is matched as a substring by that rule, without one it is matched whole.
 */
public abstract class AbstractSingleTermQuery<T extends Entity> implements TermQuery<T> {
    private final String term;
    private final String matchingRule;

    public AbstractSingleTermQuery(String term) {
        this(term, null);
    }

    public AbstractSingleTermQuery(String term, String matchingRule) {
        this.term = term;
        this.matchingRule = matchingRule;
    }

    @Override
    public String getTerm() {
        return term;
    }

    @Override
    public String getMatchingRule() {
        return matchingRule;
    }

    @Override
    public boolean isMatchingSubstring() {
        return matchingRule != null;
    }
}
