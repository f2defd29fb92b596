package com.atlassian.confluence.internal.relations;

/** Declares Confluence's marker interface so that {@code ConfluenceUser} has its real supertypes. */
public interface RelatableEntity {
}
