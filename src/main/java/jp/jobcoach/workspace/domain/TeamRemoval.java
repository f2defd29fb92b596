package jp.jobcoach.workspace.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may take whom off a case's team (docs/role-matrix.md, "Removing members"). The center's staff — the counselor
 * and the center coaches, who carry the support under the plan — are taken off only by a counselor, who owns the
 * case; the company's people by anyone who changes the team. Whatever the actor, a case always keeps its worker, a
 * counselor and at least one center coach, so that it can still be agreed, run and reviewed; a replacement is added
 * before the person they replace is removed.
 */
public final class TeamRemoval {
    public static final String KEEPS_WORKER = "jobcoach.validation.team.keeps-worker";
    public static final String KEEPS_COUNSELOR = "jobcoach.validation.team.keeps-counselor";
    public static final String KEEPS_CENTER_COACH = "jobcoach.validation.team.keeps-center-coach";
    /** The message of the refusal (403) when someone other than a counselor would remove the center's staff. */
    public static final String CENTER_STAFF = "jobcoach.rest.forbidden.center-staff";

    private static final Set<CaseRole> CENTER_STAFF_ROLES = EnumSet.of(CaseRole.COUNSELOR, CaseRole.CENTER_COACH);
    private static final String FIELD = "members";

    private TeamRemoval() {
    }

    /** Whether an actor with {@code actorRoles} (who changes the team) may remove a person holding {@code removedRoles}. */
    public static boolean allows(Set<CaseRole> actorRoles, Set<CaseRole> removedRoles) {
        return actorRoles.contains(CaseRole.COUNSELOR) || removedRoles.stream().noneMatch(CENTER_STAFF_ROLES::contains);
    }

    /** What the team would lose that a case must keep if {@code userKey} left it; empty when nothing. */
    public static List<FieldError> keeps(Team team, String userKey) {
        Set<CaseRole> leaving = team.rolesOf(userKey);
        Team after = team.without(userKey);
        return new Check()
                .failIf(leaving.contains(CaseRole.WORKER), FIELD, KEEPS_WORKER)
                .failIf(leaving.contains(CaseRole.COUNSELOR) && !after.has(CaseRole.COUNSELOR), FIELD, KEEPS_COUNSELOR)
                .failIf(leaving.contains(CaseRole.CENTER_COACH) && !after.has(CaseRole.CENTER_COACH), FIELD, KEEPS_CENTER_COACH)
                .errors();
    }

    /** Whether the actor may remove {@code userKey} from {@code team} without any refusal: the UI offers only these. */
    public static boolean offered(Team team, String actorKey, Set<CaseRole> actorRoles, String userKey) {
        return !actorKey.equals(userKey) && allows(actorRoles, team.rolesOf(userKey)) && keeps(team, userKey).isEmpty();
    }
}
