package jp.jobcoach.workspace.service;

import java.util.Set;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.Stored;

/**
 * A case the actor was let into, with what the guard learnt on the way: the team and the actor's roles. Only
 * {@link CaseGuard} makes one, so holding one means the guard let this actor in during this request.
 */
public final class GuardedCase {
    private final Stored<SupportCase> stored;
    private final Team team;
    private final String actorKey;
    private final Set<CaseRole> actorRoles;

    GuardedCase(Stored<SupportCase> stored, Team team, String actorKey, Set<CaseRole> actorRoles) {
        this.stored = stored;
        this.team = team;
        this.actorKey = actorKey;
        this.actorRoles = Set.copyOf(actorRoles);
    }

    public Stored<SupportCase> stored() {
        return stored;
    }

    public Team team() {
        return team;
    }

    public String actorKey() {
        return actorKey;
    }

    public Set<CaseRole> actorRoles() {
        return actorRoles;
    }

    public long caseId() {
        return stored.id();
    }

    /** Whether the actor's roles allow more than the guard checked, e.g. to offer an edit button. */
    public boolean may(DataCategory category, Access access) {
        return RoleMatrix.allows(actorRoles, category, access);
    }
}
