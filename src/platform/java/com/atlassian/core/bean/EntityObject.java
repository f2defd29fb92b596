package com.atlassian.core.bean;

import java.io.Serializable;
import java.util.Date;

/**
 * Declares the root of Confluence's persistent objects so plugin code compiles and the workbench can build
 * content in memory. Equal when of the same class with the same id, as in Confluence.
 */
public abstract class EntityObject implements Serializable {

    private static final long serialVersionUID = 1L;

    private long id;
    private Date creationDate;
    private Date lastModificationDate;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Date getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(Date creationDate) {
        this.creationDate = creationDate;
    }

    public Date getLastModificationDate() {
        return lastModificationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((EntityObject) other).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
