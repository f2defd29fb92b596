package com.atlassian.confluence.renderer;

import com.atlassian.confluence.core.ContentEntityObject;

/** Declares Confluence's legacy render context, which {@code ConversionContext#getPageContext()} still returns. */
public class PageContext {

    private final ContentEntityObject entity;

    public PageContext(ContentEntityObject entity) {
        this.entity = entity;
    }

    public ContentEntityObject getEntity() {
        return entity;
    }
}
