package jp.jobcoach.workspace.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.People.Person;
import org.junit.Before;
import org.junit.Test;

/** The people picker's rules, over a directory held in a list. */
public class PeopleServiceTest {
    private final ListDirectory directory = new ListDirectory();
    private final ServiceTestSupport.TestUser viewer = new ServiceTestSupport.TestUser();
    private final PeopleService service = new PeopleService(directory, viewer);

    @Before
    public void signIn() {
        viewer.key = "wbkey-kato.rie";
        viewer.locale = Locale.JAPANESE;
    }

    @Test
    public void findsByFullNameAndByUserNameEachPersonOnce() {
        directory.add("wbkey-1", "yamamoto.daisuke", "山本 大輔");
        directory.add("wbkey-2", "tanaka.naoki", "田中 直樹");
        directory.add("wbkey-3", "yamada.taro", "Taro Yamada");
        assertEquals("user name and full name both match Yamada, who comes once",
                List.of("wbkey-3", "wbkey-1"), keys(service.find("yama")));
        assertEquals(List.of("wbkey-1"), keys(service.find("山")));
    }

    @Test
    public void answersAtMostTenAndReadsAtMostTenOfEachList() {
        IntStream.range(0, 30).forEach(i -> directory.add("key-" + i, "user" + i, String.format("山 %02d", i)));
        List<Person> found = service.find("山");
        assertEquals(PeopleService.MAX_PEOPLE, found.size());
        assertEquals(List.of(PeopleService.MAX_PEOPLE, PeopleService.MAX_PEOPLE), directory.limits);
        assertEquals("the first of what the directory handed over, by name", "山 00", found.get(0).displayName());
        assertEquals(PeopleService.MAX_PEOPLE, service.find("user").size());
    }

    @Test
    public void theExactUserNameComesFirstThenNamesInTheOrderOfTheViewersLanguage() {
        directory.add("k-sato", "sato", "さとう");
        directory.add("k-kato", "kato", "カトウ");
        directory.add("k-ito", "ito", "いとう");
        directory.add("k-to", "to", "とう");
        viewer.locale = Locale.JAPANESE;
        assertEquals("kana in the order of the syllabary, hiragana and katakana together",
                List.of("to", "ito", "kato", "sato"), usernames(service.find("to")));
        viewer.locale = Locale.ENGLISH;
        assertEquals("the exact user name first whatever the language; here hiragana before katakana",
                List.of("to", "ito", "sato", "kato"), usernames(service.find("TO")));
    }

    @Test
    public void romanNamesSortIgnoringCaseAndAccents() {
        directory.add("k-1", "u.zed", "zed");
        directory.add("k-2", "u.bob", "Bob");
        directory.add("k-3", "u.emile", "Émile");
        directory.add("k-4", "u.alice", "alice");
        viewer.locale = Locale.ENGLISH;
        assertEquals(List.of("alice", "Bob", "Émile", "zed"), displayNames(service.find("u.")));
    }

    @Test
    public void blankTextFindsNobodyWithoutAskingTheDirectory() {
        directory.add("k-1", "sato.hanako", "佐藤 花子");
        assertEquals(List.of(), service.find(null));
        assertEquals(List.of(), service.find("  \u3000 "));
        assertEquals("nothing asked", List.of(), directory.limits);
        assertEquals("surrounding spaces are not part of the name", List.of("k-1"), keys(service.find(" 佐藤 ")));
    }

    @Test
    public void textLongerThanAnyNameIsRefusedNamingTheParameter() {
        String longest = "あ".repeat(PeopleService.MAX_TERM);
        assertEquals(List.of(), service.find(longest));
        ValidationException refused = assertThrows(ValidationException.class, () -> service.find(longest + "𠮷"));
        assertEquals(PeopleService.TERM_FIELD, refused.errors().get(0).field());
        assertEquals(Check.TOO_LONG, refused.errors().get(0).messageKey());
    }

    @Test
    public void anAnonymousVisitorIsRefused() {
        directory.add("k-1", "sato.hanako", "佐藤 花子");
        viewer.key = null;
        assertThrows(AccessDeniedException.class, () -> service.find("佐藤"));
        assertEquals(List.of(), directory.limits);
    }

    private static List<String> keys(List<Person> people) {
        return people.stream().map(Person::userKey).toList();
    }

    private static List<String> usernames(List<Person> people) {
        return people.stream().map(Person::username).toList();
    }

    private static List<String> displayNames(List<Person> people) {
        return people.stream().map(Person::displayName).toList();
    }
}
