package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Optional;
import org.junit.Test;

public class ConfluencePeopleTest {
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluencePeople people = new ConfluencePeople(accessor);

    @Test
    public void showsTheFullName() {
        ConfluenceUser hanako = mock(ConfluenceUser.class);
        when(hanako.getFullName()).thenReturn("佐藤 花子");
        when(accessor.getUserByKey(new UserKey("k1"))).thenReturn(hanako);
        assertEquals("佐藤 花子", people.displayName("k1"));
    }

    @Test
    public void findsTheKeyOfAUserName() {
        ConfluenceUser hanako = mock(ConfluenceUser.class);
        when(hanako.getKey()).thenReturn(new UserKey("8a7f80"));
        when(accessor.getUserByName("sato.hanako")).thenReturn(hanako);
        assertEquals(Optional.of("8a7f80"), people.keyOf(" sato.hanako "));
        assertEquals(Optional.empty(), people.keyOf("nobody"));
        assertEquals(Optional.empty(), people.keyOf(""));
    }

    @Test
    public void fallsBackToTheKeyForAUserWhoIsGone() {
        assertEquals("k-gone", people.displayName("k-gone"));
        assertEquals("", people.displayName(null));
    }
}
