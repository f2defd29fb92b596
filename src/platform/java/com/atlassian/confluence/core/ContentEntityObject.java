package com.atlassian.confluence.core;

/**
 * Declares Confluence's content supertype (pages, comments) so plugin code compiles and the workbench can keep
 * titles and storage-format bodies in memory.
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject {

    private static final long serialVersionUID = 1L;

    private String title;
    private String bodyAsString;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The body in storage format (XHTML). */
    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String bodyAsString) {
        this.bodyAsString = bodyAsString;
    }

    /** The content type, for example "page" or "comment". */
    public abstract String getType();

    /** The path of the content's view, relative to the base URL. */
    public abstract String getUrlPath();

    public String getIdAsString() {
        return String.valueOf(getId());
    }
}
