package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class BlueprintContextTest {

    @Test
    public void keepsWhatIsPutByKey() {
        BlueprintContext context = new BlueprintContext();
        context.put("workerName", "山田 太郎");
        context.put("count", 3);
        assertEquals("山田 太郎", context.get("workerName"));
        assertEquals(3, context.get("count"));
        assertNull(context.get("missing"));
    }

    @Test
    public void aLaterPutReplacesTheValue() {
        BlueprintContext context = new BlueprintContext();
        context.put("department", "物流部");
        context.put("department", "営業部");
        assertEquals("営業部", context.get("department"));
    }

    @Test
    public void spaceKeyComesFromTheContextAndTheTitleIsNotATemplateVariable() {
        String[] taken = new String[1];
        BlueprintContext context = new BlueprintContext() {
            @Override
            public void setTitle(String title) {
                taken[0] = title;
            }
        };
        assertNull(context.getSpaceKey());
        context.put("spaceKey", "SAKURA");
        context.setTitle("Case: 山田 太郎");
        assertEquals("SAKURA", context.getSpaceKey());
        assertEquals("Case: 山田 太郎", taken[0]);
        assertNull(context.get("title"));
    }
}
