package jp.jobcoach.workspace.service;

import java.util.Set;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.store.Stored;

/** A case the actor was let into, with what the guard learnt on the way: the team and the actor's roles. */
public record GuardedCase(Stored<SupportCase> stored, Team team, String actorKey, Set<CaseRole> actorRoles) {

    public long caseId() {
        return stored.id();
    }

    /** Whether the actor's roles allow more than the guard checked, e.g. to offer an edit button. */
    public boolean may(DataCategory category, Access access) {
        return RoleMatrix.allows(actorRoles, category, access);
    }
}
