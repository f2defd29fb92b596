package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.net.URI;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.People.Person;
import org.junit.Test;

public class ConfluencePeopleTest {
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final UserManager userManager = mock(UserManager.class);
    private final ConfluencePeople people = new ConfluencePeople(accessor, userManager);

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

    /** The directory's answer has no end: only the first users up to the limit are read, and looked up. */
    @Test
    public void readsNoMoreOfTheDirectorysListThanTheLimit() throws EntityException {
        Directory directory = new Directory();
        when(accessor.findUsersAsList(argThat(query -> query instanceof FullNameTermQuery term
                && term.getTerm().equals("山") && TermQuery.SUBSTRING_CONTAINS.equals(term.getMatchingRule()))))
                .thenReturn(directory);
        for (int i = 0; i < 4; i++) {
            profile("user" + i, "山 " + i, null);
        }
        List<Person> found = people.withFullNameContaining("山", 3);
        assertEquals(List.of("user0", "user1", "user2"), found.stream().map(Person::username).toList());
        assertTrue("read " + directory.read, directory.read <= 3);
    }

    @Test
    public void answersKeyUserNameFullNameAndPictureFromTheProfileAndSkipsUsersWhoAreGone() throws EntityException {
        User hanako = user("sato.hanako");
        User gone = user("gone.user");
        when(accessor.findUsersAsList(argThat(query -> query instanceof UserNameTermQuery term
                && term.getTerm().equals("a") && term.isMatchingSubstring()))).thenReturn(List.of(gone, hanako));
        profile("sato.hanako", "佐藤 花子", URI.create("/images/icons/profilepics/default.svg"));
        assertEquals(List.of(new Person("key-sato.hanako", "sato.hanako", "佐藤 花子", "/images/icons/profilepics/default.svg")),
                people.withUserNameContaining("a", 10));
        profile("kato.rie", "加藤 理恵", null);
        List<User> rie = List.of(user("kato.rie"));
        when(accessor.findUsersAsList(any())).thenReturn(rie);
        assertNull("no picture, no URL", people.withUserNameContaining("rie", 10).get(0).avatarUrl());
    }

    @Test
    public void aFailingDirectoryIsReportedAsUnavailable() throws EntityException {
        when(accessor.findUsersAsList(any())).thenThrow(new EntityException("LDAP down"));
        assertThrows(People.DirectoryUnavailableException.class, () -> people.withFullNameContaining("山", 10));
    }

    private static User user(String username) {
        User user = mock(User.class);
        when(user.getName()).thenReturn(username);
        return user;
    }

    private void profile(String username, String fullName, URI picture) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey("key-" + username));
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getProfilePictureUri()).thenReturn(picture);
        when(userManager.getUserProfile(username)).thenReturn(profile);
    }

    /** A directory list as long as a big company's, counting the users it hands out. */
    private static final class Directory extends AbstractList<User> {
        int read;

        @Override
        public User get(int index) {
            read++;
            return user("user" + index);
        }

        @Override
        public int size() {
            return Integer.MAX_VALUE;
        }
    }
}
