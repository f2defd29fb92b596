package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.CaseRole.*;
import static jp.jobcoach.workspace.domain.DataCategory.*;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * THE answer to "may this role see or change this kind of case data?". Every service path asks here; nothing
 * else in the code decides it. docs/role-matrix.md renders the same table with the reasons, and a test keeps
 * the two equal. Administrators are not a case role and are handled by the service layer.
 *
 * <p>The matrix is per category. Narrower projections inside a category (the worker sees the agreed actions
 * of an interview, HR a workload summary) are the job of the service that builds the view.
 */
public final class RoleMatrix {

    private static final Access V = Access.VIEW;
    private static final Access E = Access.EDIT;
    private static final Access __ = null;

    /** The order of the cells in every row below. */
    private static final DataCategory[] COLUMNS = {
        CASE, PLAN, ACCOMMODATIONS, VISITS, INTERVIEWS, HEALTH, TASK_ANALYSIS, WORKLOAD, SCHEDULE, AUDIT, TEAM};

    private static final Map<CaseRole, Map<DataCategory, Access>> GRANTS = new EnumMap<>(CaseRole.class);

    static {
        //                       CASE PLAN ACCOM VISIT INTVW HEALTH TASK LOAD SCHED AUDIT TEAM
        row(WORKER,              V,   V,   V,    __,   V,    E,     __,  V,   V,    __,   V);
        row(IN_COMPANY_COACH,    V,   E,   V,    E,    E,    V,     E,   E,   E,    __,   E);
        row(SUPERVISOR,          V,   V,   V,    __,   V,    __,    __,  E,   V,    __,   V);
        row(CENTER_COACH,        V,   E,   V,    E,    E,    V,     E,   E,   E,    __,   E);
        row(COUNSELOR,           E,   E,   V,    V,    V,    V,     V,   V,   E,    __,   E);
        row(OCCUPATIONAL_HEALTH, V,   V,   E,    V,    V,    E,     V,   V,   V,    V,    E);
        row(HR,                  V,   __,  E,    __,   __,   __,    __,  V,   V,    __,   V);
    }

    private RoleMatrix() {
    }

    private static void row(CaseRole role, Access... cells) {
        Map<DataCategory, Access> grants = new EnumMap<>(DataCategory.class);
        for (int column = 0; column < COLUMNS.length; column++) {
            if (cells[column] != null) {
                grants.put(COLUMNS[column], cells[column]);
            }
        }
        GRANTS.put(role, grants);
    }

    /** The most a role may do with a category; empty when the role may not even see it. */
    public static Optional<Access> grant(CaseRole role, DataCategory category) {
        return Optional.ofNullable(GRANTS.get(role).get(category));
    }

    public static boolean allows(CaseRole role, DataCategory category, Access wanted) {
        return grant(role, category).map(granted -> granted.covers(wanted)).orElse(false);
    }

    /** For a person holding several roles on a case: allowed when any of them allows it. */
    public static boolean allows(Collection<CaseRole> roles, DataCategory category, Access wanted) {
        return roles.stream().anyMatch(role -> allows(role, category, wanted));
    }
}
