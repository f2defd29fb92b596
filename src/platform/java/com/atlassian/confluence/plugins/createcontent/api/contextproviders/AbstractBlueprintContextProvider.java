package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/**
 * Declaration of Confluence's base class for a content template's context provider. Confluence calls it when a
 * page is created from a blueprint; the subclass fills in template variables and the title. Only the member the
 * plugin overrides is declared (the real class also implements the web fragment ContextProvider that calls it).
 */
public abstract class AbstractBlueprintContextProvider {
    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
