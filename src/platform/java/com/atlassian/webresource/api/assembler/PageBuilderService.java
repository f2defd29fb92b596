package com.atlassian.webresource.api.assembler;

/**
 * Declares the part of Atlassian's web resource manager that gives code the assembler of the page being made;
 * the workbench implements it.
 */
public interface PageBuilderService {

    /** The assembler of the current request's page. */
    WebResourceAssembler assembler();
}
