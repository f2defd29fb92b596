package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.renderer.PageContext;

/**
 * Declares the part of Confluence's rendering context that macros use, so they compile without Confluence jars;
 * the workbench implements it.
 */
public interface ConversionContext {

    /** The content being rendered, or null (for example in a preview of new content). */
    ContentEntityObject getEntity();

    String getSpaceKey();

    /** Lower case: preview, display, word, pdf, html_export, feed, email or diff. */
    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);

    void setProperty(String name, Object value);

    boolean hasProperty(String name);

    @Deprecated
    PageContext getPageContext();
}
