package jp.jobcoach.workspace.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.People.Person;

/**
 * The people picker's search: whoever's full name or user name contains what the user typed, as few as a person
 * can choose from. Any signed-in user may search, as Confluence's own user search lets them; it is not about a
 * case, so no case role is asked for.
 */
@Named
public class PeopleService {
    /** At most this many people in an answer, and at most this many read from each of the directory's lists. */
    public static final int MAX_PEOPLE = 10;
    /** Longer text is refused: nobody types this much to find a person, and the directory need not search it. */
    public static final int MAX_TERM = 100;
    /** The request parameter, as errors name it. */
    public static final String TERM_FIELD = "q";

    private final People people;
    private final CurrentUser currentUser;

    @Inject
    public PeopleService(People people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * Up to {@link #MAX_PEOPLE} people whose full name or user name contains {@code term} (trimmed), each once: the
     * one whose user name is the term first, then by display name in the order of the viewer's language. Blank
     * text finds nobody, without asking the directory.
     *
     * @throws AccessDeniedException for an anonymous visitor
     * @throws ValidationException   when the term is longer than {@link #MAX_TERM} characters
     * @throws People.DirectoryUnavailableException when the directory fails
     */
    public List<Person> find(String term) {
        currentUser.userKey().orElseThrow(() -> new AccessDeniedException("anonymous"));
        String wanted = term == null ? "" : term.strip();
        ValidationException.throwIfAny(new Check().maxLength(TERM_FIELD, wanted, MAX_TERM).errors());
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, Person> byKey = new LinkedHashMap<>();
        Stream.concat(people.withUserNameContaining(wanted, MAX_PEOPLE).stream(),
                people.withFullNameContaining(wanted, MAX_PEOPLE).stream())
                .forEach(person -> byKey.putIfAbsent(person.userKey(), person));
        return byKey.values().stream().sorted(order(wanted, currentUser.locale())).limit(MAX_PEOPLE).toList();
    }

    /** User names are compared ignoring case, as Confluence treats them; names by the language's collation. */
    private static Comparator<Person> order(String term, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<Person> exactFirst = Comparator.comparing(person -> !term.equalsIgnoreCase(person.username()));
        return exactFirst
                .thenComparing(Person::displayName, Comparator.nullsLast(collator))
                .thenComparing(Person::username, Comparator.nullsLast(collator));
    }
}
