package jp.jobcoach.workspace.web.rest.representation;

import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.CenterCoachSlot;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.web.Json;

/** {@code POST /cases/{id}/team}: {@code {"member": {username, role, slot}}}, or {@code userKey} for the name. */
public record TeamAdditionRequest(NewMember member) {

    /** @throws jp.jobcoach.workspace.web.Json.BadRequestBody when the member is left out */
    public NewMember requiredMember() {
        if (member == null) {
            throw Json.missing("member");
        }
        return member;
    }

    /** A member to add, named by user name (as typed in the form) or by user key for clients that hold it. */
    public record NewMember(String username, String userKey, CaseRole role, CenterCoachSlot slot) {

        public boolean byUserKey() {
            return userKey != null;
        }

        public TeamMember toDomain() {
            return new TeamMember(userKey, role, slot);
        }
    }
}
