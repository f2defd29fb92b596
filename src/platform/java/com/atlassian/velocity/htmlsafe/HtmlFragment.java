package com.atlassian.velocity.htmlsafe;

/**
 * Declares Atlassian's marker for markup that a template inserts as is: Confluence's template renderer
 * HTML-escapes every other inserted value. The workbench's renderer honours it the same way.
 */
public class HtmlFragment {
    private final Object fragment;

    public HtmlFragment(Object fragment) {
        this.fragment = fragment;
    }

    @Override
    public String toString() {
        return String.valueOf(fragment);
    }
}
