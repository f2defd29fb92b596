package jp.jobcoach.workspace.domain;

import static jp.jobcoach.workspace.domain.CenterCoachSlot.PRIMARY;
import static jp.jobcoach.workspace.domain.CenterCoachSlot.SECONDARY;
import static jp.jobcoach.workspace.domain.DomainBundles.assertRefused;
import static org.junit.Assert.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class TeamTest {

    private static final Team TEAM = Team.empty()
            .with(TeamMember.of("worker-1", CaseRole.WORKER))
            .with(TeamMember.of("jc-1", CaseRole.IN_COMPANY_COACH))
            .with(TeamMember.centerCoach("coach-1", PRIMARY))
            .with(TeamMember.centerCoach("coach-2", SECONDARY));

    @Test
    public void thePairOfCenterCoachesHasOnePrimaryAndOneSecondary() {
        assertEquals(Optional.of(TeamMember.centerCoach("coach-1", PRIMARY)), TEAM.centerCoach(PRIMARY));
        assertEquals(Optional.of(TeamMember.centerCoach("coach-2", SECONDARY)), TEAM.centerCoach(SECONDARY));
        assertEquals(List.of(), TEAM.validate());
    }

    @Test
    public void aThirdCenterCoachIsRefused() {
        assertRefused(() -> TEAM.with(TeamMember.centerCoach("coach-3", PRIMARY)), "members[4].role",
                Team.TOO_MANY_CENTER_COACHES);
    }

    @Test
    public void aSlotHoldsOneCoach() {
        Team onePrimary = Team.empty().with(TeamMember.centerCoach("coach-1", PRIMARY));
        FieldError error = assertRefused(() -> onePrimary.with(TeamMember.centerCoach("coach-2", PRIMARY)),
                "members[1].slot", Team.SLOT_TAKEN);
        assertEquals(PRIMARY, error.args()[0]);
    }

    @Test
    public void aPersonIsOnTheTeamOnce() {
        assertRefused(() -> TEAM.with(TeamMember.of("jc-1", CaseRole.SUPERVISOR)), "members[4].userKey",
                Team.DUPLICATE_MEMBER);
    }

    @Test
    public void aCaseHasOneWorker() {
        assertRefused(() -> TEAM.with(TeamMember.of("worker-2", CaseRole.WORKER)), "members[4].role",
                Team.SECOND_WORKER);
    }

    @Test
    public void anInvalidMemberIsRefused() {
        assertRefused(() -> TEAM.with(TeamMember.of("coach-3", CaseRole.CENTER_COACH)), "members[4].slot",
                TeamMember.SLOT_REQUIRED);
    }

    @Test
    public void rolesOfAPersonDecideWhatTheySee() {
        assertEquals(EnumSet.of(CaseRole.CENTER_COACH), TEAM.rolesOf("coach-2"));
        assertEquals(Set.of(), TEAM.rolesOf("stranger"));
        assertEquals(Set.of(), TEAM.rolesOf(null));
    }

    @Test
    public void aCoachWhoLeavesFreesTheSlot() {
        Team handedOver = TEAM.without("coach-1").with(TeamMember.centerCoach("coach-3", PRIMARY));
        assertEquals("coach-3", handedOver.centerCoach(PRIMARY).orElseThrow().userKey());
    }
}
