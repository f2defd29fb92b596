package com.atlassian.confluence.pages;

/** Declares the part of Confluence's page store the plugin uses; the workbench implements it. */
public interface PageManager {

    /** The page, or null when there is none with this id. */
    @Deprecated
    Page getPage(long id);
}
