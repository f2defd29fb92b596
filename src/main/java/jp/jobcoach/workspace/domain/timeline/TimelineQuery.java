package jp.jobcoach.workspace.domain.timeline;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.ValidationException;

/**
 * Which part of a case's timeline to show: some kinds (none chosen: all), entries by some roles (none chosen:
 * everyone, including authors outside the team), a page of {@code pageSize} entries after {@code after}
 * (absent: from the newest).
 */
public record TimelineQuery(Set<TimelineKind> kinds, Set<CaseRole> roles, int pageSize, TimelineCursor after) {

    public static final int DEFAULT_PAGE_SIZE = PageRequest.DEFAULT_SIZE;
    public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;
    public static final String BAD_CURSOR = "jobcoach.validation.timeline.bad-cursor";

    public TimelineQuery {
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(TimelineKind.class) : EnumSet.copyOf(kinds));
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(CaseRole.class) : EnumSet.copyOf(roles));
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
    }

    /** The newest page of everything. */
    public static TimelineQuery newest() {
        return new TimelineQuery(Set.of(), Set.of(), DEFAULT_PAGE_SIZE, null);
    }

    /**
     * The query in request parameters: kind and role names (any case), a page size (blank: the default) and a
     * cursor from an earlier page (blank: the newest).
     *
     * @throws ValidationException naming {@code kinds}, {@code roles}, {@code pageSize} or {@code cursor}
     */
    public static TimelineQuery parse(Collection<String> kindNames, Collection<String> roleNames, String pageSize,
                                      String cursor) {
        Check check = new Check();
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        kindNames.forEach(name -> check.parse("kinds", name, TimelineKind.class).ifPresent(kinds::add));
        Set<CaseRole> roles = EnumSet.noneOf(CaseRole.class);
        roleNames.forEach(name -> check.parse("roles", name, CaseRole.class).ifPresent(roles::add));
        int size = PageRequest.parseSize(check, pageSize);
        Optional<TimelineCursor> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            after = TimelineCursor.parse(cursor.strip());
            check.failIf(after.isEmpty(), "cursor", BAD_CURSOR);
        }
        List<FieldError> errors = check.errors();
        ValidationException.throwIfAny(errors);
        return new TimelineQuery(kinds, roles, size, after.orElse(null));
    }

    /** How many entries each per-kind list should hold after the cursor: one more than a page shows. */
    public int fetchSize() {
        return pageSize + 1;
    }

    public boolean wants(TimelineKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** Of the chosen kinds and roles; an author outside the team only when no role is chosen. */
    public boolean matches(TimelineEntry entry) {
        return wants(entry.kind()) && (roles.isEmpty() || roles.contains(entry.authorRole()));
    }

    public TimelineQuery next(TimelineCursor cursor) {
        return new TimelineQuery(kinds, roles, pageSize, cursor);
    }
}
