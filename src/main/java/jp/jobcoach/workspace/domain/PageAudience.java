package jp.jobcoach.workspace.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who may open and who may edit one page of a case, by user key: what the page's restrictions are set to
 * (docs/decisions.md #15). The home page is the whole team's; a page below it is narrowed to the members whose roles
 * see its data category, since view restrictions inherit and intersect down the tree.
 *
 * <p>Editors of a page below the home page are the members who edit its category, and the members who change the
 * team (TEAM edit) where they see the category: Confluence lets only a page's editors restrict it, and those are the
 * people whose team changes must reach every page at once. Editing a page's body changes only its layout; the records
 * on it stay guarded by the role matrix. Every editor is a viewer too (Confluence lets a page's editors view it).
 */
public record PageAudience(Set<String> viewers, Set<String> editors) {

    public PageAudience {
        viewers = Set.copyOf(viewers);
        editors = Set.copyOf(editors);
    }

    /** The home page: the whole team views and edits it. */
    public static PageAudience home(Team team) {
        Set<String> everyone = keys(team, roles -> !roles.isEmpty());
        return new PageAudience(everyone, everyone);
    }

    /** The page of {@code kind}: the members whose roles see its category. */
    public static PageAudience of(CasePageKind kind, Team team) {
        DataCategory category = kind.category();
        Set<String> editors = keys(team, roles -> RoleMatrix.allows(roles, category, Access.EDIT)
                || RoleMatrix.allows(roles, DataCategory.TEAM, Access.EDIT) && RoleMatrix.allows(roles, category, Access.VIEW));
        Set<String> viewers = keys(team, roles -> RoleMatrix.allows(roles, category, Access.VIEW));
        viewers.addAll(editors);
        return new PageAudience(viewers, editors);
    }

    /**
     * The page of {@code kind} narrowed further to the members whose roles {@code consented} admits: for a page whose
     * data the worker's consent narrows (the condition page, the task analyses), only those with an active consent
     * (and the worker) view or edit it.
     */
    public static PageAudience of(CasePageKind kind, Team team, Predicate<Set<CaseRole>> consented) {
        PageAudience ceiling = of(kind, team);
        Predicate<String> admitted = key -> consented.test(team.rolesOf(key));
        return new PageAudience(ceiling.viewers().stream().filter(admitted).collect(Collectors.toSet()),
                ceiling.editors().stream().filter(admitted).collect(Collectors.toSet()));
    }

    /** The roles that may open the page of {@code kind} (besides administrators, whom Confluence lets in). */
    public static Set<CaseRole> rolesViewing(CasePageKind kind) {
        return Arrays.stream(CaseRole.values()).filter(role -> RoleMatrix.allows(role, kind.category(), Access.VIEW))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseRole.class)));
    }

    /** The pages below the home page that fewer roles may open than the whole team, with those roles, in page order. */
    public static Map<CasePageKind, Set<CaseRole>> narrowerPages() {
        Map<CasePageKind, Set<CaseRole>> narrower = new EnumMap<>(CasePageKind.class);
        for (CasePageKind kind : CasePageKind.values()) {
            Set<CaseRole> roles = rolesViewing(kind);
            if (roles.size() < CaseRole.values().length) {
                narrower.put(kind, roles);
            }
        }
        return narrower;
    }

    private static Set<String> keys(Team team, Predicate<Set<CaseRole>> rolesQualify) {
        return team.members().stream().map(TeamMember::userKey).filter(key -> rolesQualify.test(team.rolesOf(key)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
