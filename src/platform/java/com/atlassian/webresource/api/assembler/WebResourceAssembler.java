package com.atlassian.webresource.api.assembler;

/** Declares the part of a page's web resource assembler the plugin uses; the workbench implements it. */
public interface WebResourceAssembler {

    /** What the page will load. */
    RequiredResources resources();
}
