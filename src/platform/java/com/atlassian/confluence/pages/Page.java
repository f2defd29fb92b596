package com.atlassian.confluence.pages;

import java.util.ArrayList;
import java.util.List;

/** Declares Confluence's page so plugin code compiles and the workbench can keep a page tree in memory. */
public class Page extends AbstractPage {

    private static final long serialVersionUID = 1L;

    private Page parent;
    private final List<Page> children = new ArrayList<>();

    @Override
    public String getType() {
        return "page";
    }

    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + getId();
    }

    /** The parent page, or null for a top-level page. */
    public Page getParent() {
        return parent;
    }

    public void setParent(Page parent) {
        this.parent = parent;
    }

    /** A copy of the child list. */
    public List<Page> getChildren() {
        return new ArrayList<>(children);
    }

    /** Replaces the children and makes this page their parent. */
    public void setChildren(List<Page> children) {
        this.children.clear();
        children.forEach(this::addChild);
    }

    /** Appends a child and makes this page its parent. */
    public void addChild(Page child) {
        child.setParent(this);
        children.add(child);
    }
}
