package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Declares Confluence's content that lives in a space, the supertype of pages. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {

    private static final long serialVersionUID = 1L;

    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    /** The key of the space, or null when the content has none. */
    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
