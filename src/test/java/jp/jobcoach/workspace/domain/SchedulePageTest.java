package jp.jobcoach.workspace.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;

/**
 * The schedule and workload page is restricted by SCHEDULE and holds the workload too (issue 17): that is only right
 * while the same roles view both, and the condition page holds HEALTH alone.
 */
public class SchedulePageTest {

    @Test
    public void theRolesThatOpenTheSchedulePageAreThoseThatSeeTheWorkload() {
        for (CaseRole role : CaseRole.values()) {
            assertEquals(role.name(), RoleMatrix.allows(role, DataCategory.SCHEDULE, Access.VIEW),
                    RoleMatrix.allows(role, DataCategory.WORKLOAD, Access.VIEW));
        }
        assertEquals(DataCategory.SCHEDULE, CasePageKind.SCHEDULE.category());
        assertTrue("no page of the case is restricted by WORKLOAD on its own", Arrays.stream(CasePageKind.values())
                .noneMatch(kind -> kind.category() == DataCategory.WORKLOAD));
        assertEquals(DataCategory.HEALTH, CasePageKind.CONDITION.category());
        assertEquals("Schedule and workload", DomainBundles.ENGLISH.getProperty(CasePageKind.SCHEDULE.i18nKey()));
        assertEquals("スケジュールと業務量", DomainBundles.JAPANESE.getProperty(CasePageKind.SCHEDULE.i18nKey()));
        assertEquals("体調", DomainBundles.JAPANESE.getProperty(CasePageKind.CONDITION.i18nKey()));
    }
}
