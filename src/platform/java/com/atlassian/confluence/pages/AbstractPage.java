package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Declares Confluence's page supertype so that {@link Page} has its real supertypes. */
public abstract class AbstractPage extends SpaceContentEntityObject {

    private static final long serialVersionUID = 1L;
}
