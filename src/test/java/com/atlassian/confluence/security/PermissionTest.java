package com.atlassian.confluence.security;

import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;

public class PermissionTest {

    private static final List<Permission> ALL = Arrays.asList(Permission.VIEW, Permission.EDIT,
            Permission.SET_PERMISSIONS, Permission.REMOVE, Permission.EXPORT, Permission.ADMINISTER);

    @Test
    public void constantsAreDistinct() {
        assertEquals(6, new HashSet<>(ALL).size());
        assertNotEquals(Permission.VIEW, Permission.EDIT);
    }

    @Test
    public void toStringNamesTheConstant() {
        assertEquals("VIEW", Permission.VIEW.toString());
        assertEquals("SET_PERMISSIONS", Permission.SET_PERMISSIONS.toString());
        assertEquals("ADMINISTER", Permission.ADMINISTER.toString());
    }

    @Test
    public void serializationKeepsIdentity() throws Exception {
        for (Permission permission : ALL) {
            assertSame(permission, roundTrip(permission));
        }
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
