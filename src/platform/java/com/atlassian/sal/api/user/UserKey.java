package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Declares SAL's user key, a value compared on its string, so plugin code and the workbench identify users alike. */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && ((UserKey) other).userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
