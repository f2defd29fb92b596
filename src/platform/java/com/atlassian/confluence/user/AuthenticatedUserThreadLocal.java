package com.atlassian.confluence.user;

/**
 * Declares Confluence's holder of the current user, with its real per-thread behaviour, so plugin code compiles
 * and the workbench can set the user for each request.
 */
public class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    private AuthenticatedUserThreadLocal() {
    }

    /** The current user, or null when anonymous. */
    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }

    public static boolean isAnonymousUser() {
        return USER.get() == null;
    }
}
