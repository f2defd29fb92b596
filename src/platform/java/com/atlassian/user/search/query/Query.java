package com.atlassian.user.search.query;

import com.atlassian.user.Entity;

/** Declares Atlassian User's search query, a marker interface over the kind of entity it finds. */
public interface Query<T extends Entity> {
}
