package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import org.junit.After;
import org.junit.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class AuthenticatedUserThreadLocalTest {

    private final ConfluenceUser alice = new ConfluenceUser() {
        @Override
        public UserKey getKey() {
            return new UserKey("alice-key");
        }

        @Override
        public String getFullName() {
            return "Alice";
        }

        @Override
        public String getEmail() {
            return "alice@example.com";
        }

        @Override
        public String getName() {
            return "alice";
        }
    };

    @After
    public void reset() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void anonymousUntilSetAndAfterReset() {
        assertNull(AuthenticatedUserThreadLocal.get());
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());

        AuthenticatedUserThreadLocal.set(alice);
        assertSame(alice, AuthenticatedUserThreadLocal.get());
        assertFalse(AuthenticatedUserThreadLocal.isAnonymousUser());

        AuthenticatedUserThreadLocal.reset();
        assertNull(AuthenticatedUserThreadLocal.get());
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());
    }

    @Test
    public void theUserBelongsToTheThread() throws InterruptedException {
        AuthenticatedUserThreadLocal.set(alice);
        AtomicReference<Boolean> otherThreadAnonymous = new AtomicReference<>();
        Thread other = new Thread(() -> otherThreadAnonymous.set(AuthenticatedUserThreadLocal.isAnonymousUser()));
        other.start();
        other.join();
        assertTrue(otherThreadAnonymous.get());
        assertSame(alice, AuthenticatedUserThreadLocal.get());
    }
}
