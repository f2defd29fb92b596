package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.DomainBundles.assertHasError;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class TeamMemberTest {

    private static List<FieldError> errorsOf(TeamMember member) {
        return new Check().nested("members[0].", member, TeamMember::validate).errors();
    }

    @Test
    public void aCenterCoachHasASlot() {
        assertEquals(List.of(), errorsOf(TeamMember.centerCoach("coach-1", CenterCoachSlot.PRIMARY)));
        assertHasError(errorsOf(TeamMember.of("coach-1", CaseRole.CENTER_COACH)), "members[0].slot",
                TeamMember.SLOT_REQUIRED);
    }

    @Test
    public void nobodyElseHasASlot() {
        FieldError error = assertHasError(errorsOf(new TeamMember("hr-1", CaseRole.HR, CenterCoachSlot.SECONDARY)),
                "members[0].slot", TeamMember.SLOT_NOT_ALLOWED);
        assertEquals(CaseRole.HR, error.args()[0]);
    }

    @Test
    public void userAndRoleAreRequired() {
        List<FieldError> errors = errorsOf(new TeamMember("", null, null));
        assertHasError(errors, "members[0].userKey", Check.REQUIRED);
        assertHasError(errors, "members[0].role", Check.REQUIRED);
    }
}
