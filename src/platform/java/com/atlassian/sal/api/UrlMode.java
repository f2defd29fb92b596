package com.atlassian.sal.api;

/** Declares SAL's base URL forms, in the real order. */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
