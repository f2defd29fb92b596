package com.atlassian.activeobjects.external;

import org.junit.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ModelVersionTest {

    @Test
    public void ordersNumericallyNotAlphabetically() {
        ModelVersion two = ModelVersion.valueOf("2");
        ModelVersion ten = ModelVersion.valueOf("10");
        assertTrue(ten.isNewerThan(two));
        assertTrue(two.isOlderThan(ten));
        assertFalse(two.isNewerThan(ten));
        assertTrue(ten.compareTo(two) > 0);
        List<ModelVersion> versions = Arrays.asList(ten, ModelVersion.valueOf("1"), two);
        versions.sort(null);
        assertEquals("[1, 2, 10]", versions.toString());
    }

    @Test
    public void sameVersionsAreEqual() {
        assertTrue(ModelVersion.valueOf("3").isSame(ModelVersion.valueOf("3")));
        assertEquals(ModelVersion.valueOf("3"), ModelVersion.valueOf("3"));
        assertEquals(ModelVersion.valueOf("3").hashCode(), ModelVersion.valueOf("3").hashCode());
        assertFalse(ModelVersion.valueOf("3").isSame(ModelVersion.valueOf("4")));
    }

    @Test
    public void nullIsVersionZero() {
        assertEquals(ModelVersion.valueOf("0"), ModelVersion.valueOf(null));
        assertEquals("0", ModelVersion.valueOf(null).toString());
    }

    @Test
    public void rejectsNonNumbers() {
        assertThrows(NumberFormatException.class, () -> ModelVersion.valueOf("1.2"));
    }
}
