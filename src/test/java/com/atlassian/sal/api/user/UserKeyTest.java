package com.atlassian.sal.api.user;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

public class UserKeyTest {

    @Test
    public void equalAndSameHashWhenValuesAreEqual() {
        UserKey key = new UserKey("8a7f808a");
        assertEquals(new UserKey("8a7f808a"), key);
        assertEquals(new UserKey("8a7f808a").hashCode(), key.hashCode());
        assertNotEquals(new UserKey("8A7F808A"), key);
        assertNotEquals("8a7f808a", key);
    }

    @Test
    public void toStringAndStringValueAreTheValue() {
        assertEquals("alice", new UserKey("alice").toString());
        assertEquals("alice", new UserKey("alice").getStringValue());
    }

    @Test
    public void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> new UserKey(null));
    }

    @Test
    public void fromLongUsesTheDecimalValue() {
        assertEquals(new UserKey("42"), UserKey.fromLong(42L));
        assertEquals("-7", UserKey.fromLong(-7L).getStringValue());
    }

    @Test
    public void survivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new UserKey("bob"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(new UserKey("bob"), in.readObject());
        }
    }
}
