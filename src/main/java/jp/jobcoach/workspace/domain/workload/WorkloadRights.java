package jp.jobcoach.workspace.domain.workload;

import static jp.jobcoach.workspace.domain.DataCategory.WORKLOAD;

import java.util.Collection;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.RoleMatrix;

/**
 * Who does what with the workload, inside the WORKLOAD category of the role matrix (docs/role-matrix.md):
 * the plan is written by those who edit WORKLOAD (the supervisor, who assigns the work, and the coaches); the actuals
 * are entered by the worker, whose hours they are, or the in-company coach, who works beside them; HR, who sees the
 * workload as a summary against capacity, sees hours and signals but not the tasks.
 */
public final class WorkloadRights {
    private WorkloadRights() {
    }

    public static boolean writesPlan(Collection<CaseRole> roles) {
        return RoleMatrix.allows(roles, WORKLOAD, Access.EDIT);
    }

    public static boolean entersActuals(Collection<CaseRole> roles) {
        return RoleMatrix.allows(roles, WORKLOAD, Access.VIEW)
                && (roles.contains(CaseRole.WORKER) || roles.contains(CaseRole.IN_COMPANY_COACH));
    }

    /** Sees the tasks (their titles, who assigned them) and not only the hours: every WORKLOAD viewer but HR alone. */
    public static boolean seesTasks(Collection<CaseRole> roles) {
        return roles.stream().anyMatch(role -> role != CaseRole.HR && RoleMatrix.allows(role, WORKLOAD, Access.VIEW));
    }

    /**
     * Carrying the open tasks over to the next week is the outcome "carried over" entered for all of them at once,
     * with their copies added to the next week's plan: those who write the plan or enter the actuals do it.
     */
    public static boolean carriesOver(Collection<CaseRole> roles) {
        return writesPlan(roles) || entersActuals(roles);
    }
}
