package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;

/** Declares Confluence's space so plugin code compiles and the workbench can hold spaces in memory. */
public class Space extends ConfluenceEntityObject {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
