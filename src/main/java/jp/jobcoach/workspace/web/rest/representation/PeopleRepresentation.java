package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.port.People.Person;

/**
 * The people picker's suggestions: {@code {"people": [{userKey, username, displayName, avatarUrl}]}}, best match
 * first; {@code avatarUrl} is left out when the host has no picture.
 */
public record PeopleRepresentation(List<Match> people) {

    public static PeopleRepresentation from(List<Person> found) {
        return new PeopleRepresentation(Mapping.list(found,
                person -> new Match(person.userKey(), person.username(), person.displayName(), person.avatarUrl())));
    }

    public record Match(String userKey, String username, String displayName, String avatarUrl) {
    }
}
