package jp.jobcoach.workspace.store;

import static org.junit.Assert.assertEquals;

import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.TeamMember;
import org.junit.Before;
import org.junit.Test;

public class TeamStoreTest extends StoreTestSupport {
    private TeamStore store;

    @Before
    public void setUp() {
        store = new TeamStore(ao);
    }

    @Test
    public void keepsMembersPerCaseInTheOrderAdded() {
        TeamMember worker = TeamMember.of("worker-1", CaseRole.WORKER);
        TeamMember coach = TeamMember.centerCoach("coach-a", CenterCoachSlot.PRIMARY);
        store.add(1, worker);
        store.add(1, coach);
        store.add(2, TeamMember.of("hr-1", CaseRole.HR));

        assertEquals(new Team(List.of(worker, coach)), store.team(1));
        assertEquals(Team.empty(), store.team(3));
    }

    @Test
    public void removesEveryRoleOfOnePersonOnOneCase() {
        store.add(1, TeamMember.of("oh-1", CaseRole.OCCUPATIONAL_HEALTH));
        store.add(1, TeamMember.of("oh-1", CaseRole.COUNSELOR));
        store.add(2, TeamMember.of("oh-1", CaseRole.HR));

        store.remove(1, "oh-1");

        assertEquals(Team.empty(), store.team(1));
        assertEquals(new Team(List.of(TeamMember.of("oh-1", CaseRole.HR))), store.team(2));
    }
}
