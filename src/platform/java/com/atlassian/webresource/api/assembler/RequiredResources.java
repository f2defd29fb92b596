package com.atlassian.webresource.api.assembler;

/**
 * Declares the part of a page's required resources the plugin uses: what to load, each with the
 * {@code <dependency>} resources it declares; the workbench implements it.
 */
public interface RequiredResources {

    /** A {@code <web-resource>} by its complete key, "pluginKey:moduleKey". */
    RequiredResources requireWebResource(String completeKey);

    /** Every web resource in this {@code <context>}. */
    RequiredResources requireContext(String context);
}
