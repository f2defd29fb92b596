package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.CaseRole.*;
import static jp.jobcoach.workspace.domain.DataCategory.*;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class RoleMatrixTest {

    @Test
    public void hrSeesStatusButNoClinicalDetail() {
        for (DataCategory clinical : List.of(HEALTH, INTERVIEWS, TASK_ANALYSIS, VISITS)) {
            assertFalse(clinical.name(), RoleMatrix.allows(HR, clinical, VIEW));
        }
        for (DataCategory status : List.of(CASE, ACCOMMODATIONS, SCHEDULE, WORKLOAD)) {
            assertTrue(status.name(), RoleMatrix.allows(HR, status, VIEW));
        }
    }

    @Test
    public void workerSeesOwnPlanAndEditsOwnCondition() {
        assertTrue(RoleMatrix.allows(WORKER, PLAN, VIEW));
        assertFalse(RoleMatrix.allows(WORKER, PLAN, EDIT));
        assertTrue(RoleMatrix.allows(WORKER, ACCOMMODATIONS, VIEW));
        assertTrue(RoleMatrix.allows(WORKER, INTERVIEWS, VIEW));
        assertTrue(RoleMatrix.allows(WORKER, HEALTH, EDIT));
        assertFalse(RoleMatrix.allows(WORKER, AUDIT, VIEW));
    }

    @Test
    public void onlyOccupationalHealthSeesTheAuditLog() {
        for (CaseRole role : CaseRole.values()) {
            assertEquals(role.name(), role == OCCUPATIONAL_HEALTH, RoleMatrix.allows(role, AUDIT, VIEW));
            assertFalse(role.name(), RoleMatrix.allows(role, AUDIT, EDIT));
        }
    }

    @Test
    public void occupationalHealthViewsEverything() {
        for (DataCategory category : DataCategory.values()) {
            assertTrue(category.name(), RoleMatrix.allows(OCCUPATIONAL_HEALTH, category, VIEW));
        }
    }

    @Test
    public void onlyTheSupportTeamChangesTheTeam() {
        Set<CaseRole> editors = EnumSet.noneOf(CaseRole.class);
        Arrays.stream(CaseRole.values()).filter(role -> RoleMatrix.allows(role, TEAM, EDIT)).forEach(editors::add);
        assertEquals(EnumSet.of(COUNSELOR, CENTER_COACH, IN_COMPANY_COACH, OCCUPATIONAL_HEALTH), editors);
    }

    @Test
    public void coachesWriteTheSupportRecords() {
        for (CaseRole coach : List.of(CENTER_COACH, IN_COMPANY_COACH)) {
            for (DataCategory category : List.of(PLAN, VISITS, INTERVIEWS, TASK_ANALYSIS, WORKLOAD)) {
                assertTrue(coach + " " + category, RoleMatrix.allows(coach, category, EDIT));
            }
        }
    }

    @Test
    public void editImpliesView() {
        for (CaseRole role : CaseRole.values()) {
            for (DataCategory category : DataCategory.values()) {
                if (RoleMatrix.allows(role, category, EDIT)) {
                    assertTrue(role + " " + category, RoleMatrix.allows(role, category, VIEW));
                }
            }
        }
    }

    @Test
    public void severalRolesAllowWhatAnyOfThemAllows() {
        assertTrue(RoleMatrix.allows(EnumSet.of(HR, SUPERVISOR), WORKLOAD, EDIT));
        assertFalse(RoleMatrix.allows(EnumSet.of(HR, SUPERVISOR), HEALTH, VIEW));
    }

    @Test
    public void aNonMemberHasNoRolesAndSoNoAccess() {
        for (DataCategory category : DataCategory.values()) {
            assertFalse(RoleMatrix.allows(Set.of(), category, VIEW));
        }
    }

    @Test
    public void theDocumentedTableIsTheTableInCode() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("docs/role-matrix.md")).stream()
                .filter(line -> line.startsWith("|") && !line.startsWith("|---"))
                .toList();
        List<String> header = cells(rows.get(0));
        assertEquals("role", header.get(0));
        Set<CaseRole> documented = EnumSet.noneOf(CaseRole.class);
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = cells(row);
            CaseRole role = CaseRole.valueOf(cells.get(0));
            documented.add(role);
            for (int column = 1; column < header.size(); column++) {
                DataCategory category = DataCategory.valueOf(header.get(column));
                assertEquals(role + " × " + category, documentedGrant(cells.get(column)),
                        RoleMatrix.grant(role, category));
            }
        }
        assertEquals(EnumSet.allOf(CaseRole.class), documented);
        assertEquals(DataCategory.values().length, header.size() - 1);
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.substring(1, row.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
    }

    private static Optional<Access> documentedGrant(String cell) {
        return cell.equals("—") ? Optional.empty() : Optional.of(Access.valueOf(cell.toUpperCase()));
    }
}
