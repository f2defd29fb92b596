package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/** Declares Confluence's comment so plugin code compiles and the workbench can add comments to pages. */
public class Comment extends ContentEntityObject {

    private static final long serialVersionUID = 1L;

    private ContentEntityObject container;
    private Comment parent;
    private boolean inlineComment;

    @Override
    public String getType() {
        return "comment";
    }

    /** The container's path, focused on this comment. */
    @Override
    public String getUrlPath() {
        return container.getUrlPath() + "&focusedCommentId=" + getId() + "#comment-" + getId();
    }

    /** The content commented on. */
    public ContentEntityObject getContainer() {
        return container;
    }

    public void setContainer(ContentEntityObject container) {
        this.container = container;
    }

    /** The comment replied to, or null for a top-level comment. */
    public Comment getParent() {
        return parent;
    }

    public void setParent(Comment parent) {
        this.parent = parent;
    }

    public boolean isInlineComment() {
        return inlineComment;
    }

    public void setInlineComment(boolean inlineComment) {
        this.inlineComment = inlineComment;
    }
}
