package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;

import java.util.List;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.TeamRemoval;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.store.TeamStore;

/**
 * The team of a case. Members are added and removed, never edited in place, so two people changing the team
 * at once cannot overwrite each other: each change is checked against the team as it is when written.
 */
@Named
public class TeamService {
    private static final String RECORD = "team-member";
    /** Nobody gives themselves a role: rights on health data and the audit log come from someone else. */
    public static final String OWN_ROLE = "jobcoach.validation.team.own-role";
    public static final String UNKNOWN_USER = "jobcoach.validation.team.unknown-user";
    public static final String UNKNOWN_USER_KEY = "jobcoach.validation.team.unknown-user-key";
    /** Nobody removes themselves: whoever removes someone stays, so a team always keeps a person who can change it. */
    public static final String OWN_REMOVAL = "jobcoach.validation.team.own-removal";

    private final CaseGuard guard;
    private final TeamStore teams;
    private final AuditLog audit;
    private final Writes writes;
    private final People people;
    private final CasePageRestrictions restrictions;

    @Inject
    public TeamService(CaseGuard guard, TeamStore teams, AuditLog audit, Writes writes, People people,
                       CasePageRestrictions restrictions) {
        this.guard = guard;
        this.teams = teams;
        this.audit = audit;
        this.writes = writes;
        this.people = people;
        this.restrictions = restrictions;
    }

    public Team team(long caseId) {
        return guard.require(caseId, TEAM, VIEW).team();
    }

    /** @throws ValidationException when the member does not fit the team, or is the actor themselves */
    public Team add(long caseId, TeamMember member) {
        return restricted(writes.run(() -> {
            GuardedCase on = guard.require(caseId, TEAM, EDIT);
            ValidationException.throwIfAny(new Check()
                    .failIf(on.actorKey().equals(member.userKey()), newMemberField(on), OWN_ROLE)
                    .failIf(!people.exists(member.userKey()), newMemberField(on), UNKNOWN_USER_KEY, member.userKey())
                    .errors());
            Team team = on.team().with(member);
            teams.add(caseId, member);
            audit.record(on, AuditAction.CREATE, TEAM, RECORD, caseId, List.of("userKey", "role"));
            return new Change(on, team);
        }));
    }

    /**
     * Adds the person with this user name, as people know each other; the team stores the user's key, which
     * stays the same when a user name changes.
     */
    public Team addPerson(long caseId, String username, CaseRole role, CenterCoachSlot slot) {
        GuardedCase on = guard.require(caseId, TEAM, EDIT);
        Optional<String> key = people.keyOf(username);
        ValidationException.throwIfAny(new Check()
                .required(newMemberField(on), username)
                .failIf(username != null && !username.isBlank() && key.isEmpty(), newMemberField(on), UNKNOWN_USER, username)
                .errors());
        return add(caseId, new TeamMember(key.orElseThrow(), role, slot));
    }

    /** Errors about a new member name it by its place at the end of the team, as the add form does. */
    private static String newMemberField(GuardedCase on) {
        return "members[" + on.team().members().size() + "].userKey";
    }

    /**
     * Removes every role of {@code userKey}; removing someone not on the team is not an error. Who may remove whom
     * is {@link TeamRemoval}'s.
     *
     * @throws ValidationException   when the actor would remove themselves, or the case would lose its worker, its
     *                               counselor or its last center coach
     * @throws AccessDeniedException when someone other than a counselor would remove the center's staff
     */
    public Team remove(long caseId, String userKey) {
        return restricted(writes.run(() -> {
            GuardedCase on = guard.require(caseId, TEAM, EDIT);
            if (on.actorKey().equals(userKey)) {
                throw new ValidationException(new FieldError("members", OWN_REMOVAL));
            }
            if (!TeamRemoval.allows(on.actorRoles(), on.team().rolesOf(userKey))) {
                throw new AccessDeniedException("removing center staff from case " + caseId, TeamRemoval.CENTER_STAFF);
            }
            ValidationException.throwIfAny(TeamRemoval.keeps(on.team(), userKey));
            teams.remove(caseId, userKey);
            audit.record(on, AuditAction.DELETE, TEAM, RECORD, caseId, List.of("userKey"));
            return new Change(on, on.team().without(userKey));
        }));
    }

    /** A team change as written, and who made it. */
    private record Change(GuardedCase on, Team team) {
    }

    /**
     * The pages follow the team at once, once the change is written: a refusal of the host leaves the change and
     * marks the case's pages pending (CasePageRestrictions). A new role is a removal and an addition, each applied.
     */
    private Team restricted(Change change) {
        restrictions.apply(change.on());
        return change.team();
    }
}
