package com.atlassian.sal.api;

/** Declares the part of SAL's application properties the plugin uses; the workbench implements it. */
public interface ApplicationProperties {

    /** The base URL in the given form, without a trailing slash. */
    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}
