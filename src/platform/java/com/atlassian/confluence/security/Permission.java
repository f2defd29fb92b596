package com.atlassian.confluence.security;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;

/**
 * Declares Confluence's permission constants. Like the real ones they are compared by identity, so a
 * deserialized constant resolves to the same instance.
 */
public abstract class Permission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Constant("VIEW");
    public static final Permission EDIT = new Constant("EDIT");
    public static final Permission SET_PERMISSIONS = new Constant("SET_PERMISSIONS");
    public static final Permission REMOVE = new Constant("REMOVE");
    public static final Permission EXPORT = new Constant("EXPORT");
    public static final Permission ADMINISTER = new Constant("ADMINISTER");

    private Permission() {
    }

    private static final class Constant extends Permission {

        private static final long serialVersionUID = 1L;

        private final String name;

        private Constant(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        private Object readResolve() throws ObjectStreamException {
            for (Permission permission : new Permission[] {VIEW, EDIT, SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER}) {
                if (permission.toString().equals(name)) {
                    return permission;
                }
            }
            throw new InvalidObjectException("Unknown permission " + name);
        }
    }
}
