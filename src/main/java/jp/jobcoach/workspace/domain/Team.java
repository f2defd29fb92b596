package jp.jobcoach.workspace.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The people on one case. Each person appears once; a case has at most one worker and at most two center
 * coaches, one primary and one secondary. Who may change the team is the {@link RoleMatrix}'s TEAM row.
 */
public record Team(List<TeamMember> members) {

    public static final String DUPLICATE_MEMBER = "jobcoach.validation.team.duplicate-member";
    public static final String SECOND_WORKER = "jobcoach.validation.team.second-worker";
    public static final String TOO_MANY_CENTER_COACHES = "jobcoach.validation.team.too-many-center-coaches";
    public static final String SLOT_TAKEN = "jobcoach.validation.team.slot-taken";

    public Team {
        members = List.copyOf(members);
    }

    public static Team empty() {
        return new Team(List.of());
    }

    /**
     * The team with {@code member} added.
     *
     * @throws ValidationException when the member is invalid or does not fit the team
     */
    public Team with(TeamMember member) {
        List<TeamMember> more = new ArrayList<>(members);
        more.add(member);
        Team team = new Team(more);
        ValidationException.throwIfAny(team.validate());
        return team;
    }

    public Team without(String userKey) {
        return new Team(members.stream().filter(member -> !Objects.equals(member.userKey(), userKey)).toList());
    }

    /** The roles {@code userKey} holds on this case; empty for a non-member, who sees nothing of it. */
    public Set<CaseRole> rolesOf(String userKey) {
        Set<CaseRole> roles = EnumSet.noneOf(CaseRole.class);
        members.stream()
                .filter(member -> Objects.equals(member.userKey(), userKey))
                .forEach(member -> roles.add(member.role()));
        return roles;
    }

    /** Whether someone on the team holds {@code role}. */
    public boolean has(CaseRole role) {
        return members.stream().anyMatch(member -> member.role() == role);
    }

    public Optional<TeamMember> centerCoach(CenterCoachSlot slot) {
        return members.stream().filter(member -> member.slot() == slot).findFirst();
    }

    /**
     * Field names: {@code members[i].userKey}, {@code members[i].role}, {@code members[i].slot}. Each problem
     * is reported on the member that breaks the rule, i.e. the later one.
     */
    public List<FieldError> validate() {
        Check check = new Check().each("members", members, TeamMember::validate);
        for (int index = 0; index < members.size(); index++) {
            checkAgainstEarlier(check, "members[" + index + "].", members.get(index), members.subList(0, index));
        }
        return check.errors();
    }

    private static void checkAgainstEarlier(Check check, String field, TeamMember member, List<TeamMember> earlier) {
        boolean coach = member.role() == CaseRole.CENTER_COACH;
        boolean pairFull = coach && count(earlier, CaseRole.CENTER_COACH) >= CenterCoachSlot.values().length;
        check.failIf(earlier.stream().anyMatch(other -> Objects.equals(other.userKey(), member.userKey())),
                        field + "userKey", DUPLICATE_MEMBER)
                .failIf(member.role() == CaseRole.WORKER && count(earlier, CaseRole.WORKER) > 0,
                        field + "role", SECOND_WORKER)
                .failIf(pairFull, field + "role", TOO_MANY_CENTER_COACHES)
                .failIf(!pairFull && member.slot() != null
                                && earlier.stream().anyMatch(other -> other.slot() == member.slot()),
                        field + "slot", SLOT_TAKEN, member.slot());
    }

    private static long count(List<TeamMember> members, CaseRole role) {
        return members.stream().filter(member -> member.role() == role).count();
    }
}
