package jp.jobcoach.workspace.service;

import jp.jobcoach.workspace.domain.AuditQuery;
import jp.jobcoach.workspace.domain.Accommodation;
import jp.jobcoach.workspace.domain.PageRequest;

import static jp.jobcoach.workspace.store.StoreFixtures.RETURN;
import static jp.jobcoach.workspace.store.StoreFixtures.accommodation;
import static jp.jobcoach.workspace.store.StoreFixtures.planContent;
import static jp.jobcoach.workspace.store.StoreFixtures.supportCase;
import static jp.jobcoach.workspace.store.StoreFixtures.visit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.Stored;
import org.junit.Test;

/**
 * Every role × category × access through the service that serves it (the guard itself for categories whose
 * service comes later), compared with {@link RoleMatrix}: allowed where it says so, refused everywhere else.
 */
public class RoleMatrixEnforcementTest extends ServiceTestSupport {

    private Map<DataCategory, Map<Access, Runnable>> operations() {
        Map<DataCategory, Map<Access, Runnable>> ops = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            for (Access access : Access.values()) {
                put(ops, category, access, () -> guard.require(caseId, category, access));
            }
        }
        put(ops, DataCategory.CASE, Access.VIEW, () -> cases.get(caseId));
        put(ops, DataCategory.CASE, Access.EDIT,
                () -> cases.update(caseId, caseStore.find(caseId).map(Stored::version).orElse(1), supportCase()));
        put(ops, DataCategory.TEAM, Access.VIEW, () -> teams.team(caseId));
        put(ops, DataCategory.TEAM, Access.EDIT,
                () -> teams.add(caseId, TeamMember.of("extra-" + user.key, CaseRole.SUPERVISOR)));
        put(ops, DataCategory.PLAN, Access.VIEW, () -> plans.current(caseId));
        put(ops, DataCategory.PLAN, Access.EDIT,
                () -> plans.revise(caseId, PlanService.version(planStore.current(caseId)), planContent(user.key)));
        put(ops, DataCategory.ACCOMMODATIONS, Access.VIEW, () -> accommodations.list(caseId));
        put(ops, DataCategory.ACCOMMODATIONS, Access.EDIT, () -> accommodations.create(caseId, accommodation()));
        put(ops, DataCategory.VISITS, Access.VIEW, () -> visits.overview(caseId, PageRequest.first(1)));
        put(ops, DataCategory.VISITS, Access.EDIT, () -> visits.create(caseId, visit(RETURN)));
        put(ops, DataCategory.AUDIT, Access.VIEW, () -> audits.page(caseId, AuditQuery.newest(10)));
        return ops;
    }

    private static void put(Map<DataCategory, Map<Access, Runnable>> ops, DataCategory category, Access access,
                            Runnable operation) {
        ops.computeIfAbsent(category, c -> new EnumMap<>(Access.class)).put(access, operation);
    }

    @Test
    public void everyRoleGetsExactlyWhatTheMatrixGrants() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((category, byAccess) -> byAccess.forEach((access, operation) -> {
            for (CaseRole role : CaseRole.values()) {
                actAs(role);
                boolean expected = RoleMatrix.allows(role, category, access);
                String outcome = outcome(operation);
                if (!outcome.equals(expected ? "allowed" : "denied")) {
                    wrong.add(role + " " + category + " " + access + ": " + outcome);
                }
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    public void nonMembersAreToldTheCaseDoesNotExist() {
        user.key = "stranger";
        operations().forEach((category, byAccess) -> byAccess.values()
                .forEach(operation -> assertThrows(category.name(), NotFoundException.class, operation::run)));
    }

    /** An invalid body must not answer before the guard: a stranger learns nothing, not even "400". */
    @Test
    public void invalidAccommodationWritesAreStillHiddenFromNonMembersAndRefusedToAnonymous() {
        actAs(CaseRole.OCCUPATIONAL_HEALTH);
        long id = accommodations.create(caseId, accommodation()).id();
        Accommodation invalid = new Accommodation("", "", List.of(), List.of(), List.of(), "");
        user.key = "stranger";
        assertThrows(NotFoundException.class, () -> accommodations.update(caseId, id, 1, invalid));
        assertThrows(NotFoundException.class, () -> accommodations.recordReview(caseId, id, 1, null));
        user.key = null;
        assertThrows(AccessDeniedException.class, () -> accommodations.update(caseId, id, 1, invalid));
        assertThrows(AccessDeniedException.class, () -> accommodations.recordReview(caseId, id, 1, null));
    }

    @Test
    public void membersWhoCannotViewTheCasePageSeeNothing() {
        pages.hidden.add(ROOT_PAGE);
        actAs(CaseRole.COUNSELOR);
        operations().forEach((category, byAccess) -> byAccess.values()
                .forEach(operation -> assertThrows(category.name(), NotFoundException.class, operation::run)));
    }

    @Test
    public void anonymousVisitorsAreRefused() {
        user.key = null;
        operations().forEach((category, byAccess) -> byAccess.values()
                .forEach(operation -> assertThrows(category.name(), AccessDeniedException.class, operation::run)));
    }

    @Test
    public void aMissingCaseIsNotFoundForEveryone() {
        actAs(CaseRole.COUNSELOR);
        caseId = 987654;
        operations().forEach((category, byAccess) -> byAccess.values()
                .forEach(operation -> assertThrows(category.name(), NotFoundException.class, operation::run)));
    }

    @Test
    public void administratorsReadTheAuditLogOfAnyCaseButNothingElse() {
        user.key = "admin";
        user.administrator = true;
        audits.page(caseId, AuditQuery.newest(10));
        audits.export(audits.startExport(caseId), entry -> { });
        assertThrows(NotFoundException.class, () -> cases.get(caseId));
        assertThrows(NotFoundException.class, () -> guard.require(caseId, DataCategory.HEALTH, Access.VIEW));
    }

    private static String outcome(Runnable operation) {
        try {
            operation.run();
            return "allowed";
        } catch (AccessDeniedException denied) {
            return "denied";
        } catch (RuntimeException other) {
            return other.toString();
        }
    }
}
