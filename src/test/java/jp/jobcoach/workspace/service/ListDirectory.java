package jp.jobcoach.workspace.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import jp.jobcoach.workspace.port.People;

/**
 * A user directory held in a list, for the people search: contains-matching ignoring case, in the order people
 * were added, as a directory answers. Remembers the limit of every search; {@link #down} makes it fail.
 */
public final class ListDirectory implements People {
    public final List<Person> everyone = new ArrayList<>();
    public final List<Integer> limits = new ArrayList<>();
    public boolean down;

    public void add(String key, String username, String fullName) {
        everyone.add(new Person(key, username, fullName, null));
    }

    @Override
    public List<Person> withFullNameContaining(String term, int limit) {
        return search(Person::displayName, term, limit);
    }

    @Override
    public List<Person> withUserNameContaining(String term, int limit) {
        return search(Person::username, term, limit);
    }

    private List<Person> search(Function<Person, String> name, String term, int limit) {
        if (down) {
            throw new DirectoryUnavailableException(new IllegalStateException("the directory server is down"));
        }
        limits.add(limit);
        return everyone.stream().filter(person -> name.apply(person).toLowerCase(Locale.ROOT)
                .contains(term.toLowerCase(Locale.ROOT))).limit(limit).toList();
    }

    @Override
    public String displayName(String userKey) {
        throw new AssertionError("the search needs no lookup by key");
    }

    @Override
    public Optional<String> keyOf(String username) {
        throw new AssertionError("the search needs no lookup by user name");
    }

    @Override
    public boolean exists(String userKey) {
        throw new AssertionError("the search needs no lookup by key");
    }
}
