package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;
import org.junit.Test;

import java.util.Arrays;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

public class ContentTest {

    @Test
    public void pageHasTypeUrlAndSpaceKey() {
        Page page = page(42L);
        assertEquals("page", page.getType());
        assertEquals("/pages/viewpage.action?pageId=42", page.getUrlPath());
        assertEquals("42", page.getIdAsString());
        assertNull(page.getSpaceKey());
        page.setSpace(new Space("JC"));
        assertEquals("JC", page.getSpaceKey());
    }

    @Test
    public void commentUrlFocusesTheCommentOnItsContainer() {
        Comment comment = new Comment();
        comment.setId(7L);
        comment.setContainer(page(42L));
        assertEquals("comment", comment.getType());
        assertEquals("/pages/viewpage.action?pageId=42&focusedCommentId=7#comment-7", comment.getUrlPath());
    }

    @Test
    public void childrenKnowTheirParent() {
        Page parent = page(1L);
        Page first = page(2L);
        Page second = page(3L);
        parent.setChildren(Arrays.asList(first));
        parent.addChild(second);
        assertEquals(Arrays.asList(first, second), parent.getChildren());
        assertSame(parent, second.getParent());
        assertSame(parent, first.getParent());
        parent.getChildren().clear();
        assertEquals(2, parent.getChildren().size());
    }

    @Test
    public void equalOnClassAndId() {
        assertEquals(page(5L), page(5L));
        assertEquals(page(5L).hashCode(), page(5L).hashCode());
        assertNotEquals(page(5L), page(6L));
        Comment comment = new Comment();
        comment.setId(5L);
        assertNotEquals(page(5L), comment);
    }

    private static Page page(long id) {
        Page page = new Page();
        page.setId(id);
        return page;
    }
}
