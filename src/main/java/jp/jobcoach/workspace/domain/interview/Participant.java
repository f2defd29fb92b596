package jp.jobcoach.workspace.domain.interview;

import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/** Someone who took part in a retention interview, in their role on the case. */
public record Participant(PersonRef person, CaseRole role) {

    public static Participant of(String userKey, CaseRole role) {
        return new Participant(PersonRef.user(userKey), role);
    }

    public boolean isCoach() {
        return role == CaseRole.IN_COMPANY_COACH || role == CaseRole.CENTER_COACH;
    }

    /** Field names: {@code person.userKey}, {@code person.displayName}, {@code role}. */
    public List<FieldError> validate() {
        return new Check()
                .failIf(person == null, "person.displayName", Check.REQUIRED)
                .nested("person.", person, PersonRef::validate)
                .required("role", role)
                .errors();
    }
}
