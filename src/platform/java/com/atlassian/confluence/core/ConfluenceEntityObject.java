package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;

/** Declares Confluence's persistent object with a creator, a supertype of content and spaces. */
public abstract class ConfluenceEntityObject extends EntityObject {

    private static final long serialVersionUID = 1L;

    private ConfluenceUser creator;

    public ConfluenceUser getCreator() {
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
    }
}
