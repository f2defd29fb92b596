package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.Team;

/** A case's team: {@code {"members": [{userKey, role, slot}]}}, one entry per role a person holds. */
public record TeamRepresentation(List<Member> members) {

    public static TeamRepresentation from(Team team) {
        return new TeamRepresentation(Mapping.list(team.members(),
                member -> new Member(member.userKey(), member.role(), member.slot())));
    }

    /** {@code slot} is PRIMARY or SECONDARY for center coaches only. */
    public record Member(String userKey, CaseRole role, CenterCoachSlot slot) {
    }
}
