package jp.jobcoach.workspace.domain.interview;

import static jp.jobcoach.workspace.domain.DomainBundles.assertPartError;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import jp.jobcoach.workspace.domain.DomainBundles;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import org.junit.Test;

public class ParticipantTest {

    @Test
    public void coachesAreTheInCompanyAndCenterCoaches() {
        assertTrue(Participant.of("c", CaseRole.IN_COMPANY_COACH).isCoach());
        assertTrue(Participant.of("c", CaseRole.CENTER_COACH).isCoach());
        assertFalse(Participant.of("s", CaseRole.SUPERVISOR).isCoach());
        assertFalse(Participant.of("w", CaseRole.WORKER).isCoach());
    }

    @Test
    public void aParticipantNeedsAPersonAndARole() {
        assertEquals(List.of(), Participant.of("w", CaseRole.WORKER).validate());
        assertPartError(new Participant(null, CaseRole.WORKER).validate(), "person.displayName", Check.REQUIRED);
        assertPartError(new Participant(PersonRef.named(""), null).validate(), "person.displayName", Check.REQUIRED);
        assertPartError(new Participant(PersonRef.named("本人"), null).validate(), "role", Check.REQUIRED);
    }
}
