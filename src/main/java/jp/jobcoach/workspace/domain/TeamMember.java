package jp.jobcoach.workspace.domain;

import java.util.List;

/**
 * A person on a case with their role. Only center coaches have a slot (正/副), so that visits and records
 * can hand over between the pair.
 */
public record TeamMember(String userKey, CaseRole role, CenterCoachSlot slot) {

    public static final String SLOT_REQUIRED = "jobcoach.validation.team.slot-required";
    public static final String SLOT_NOT_ALLOWED = "jobcoach.validation.team.slot-not-allowed";

    public static TeamMember of(String userKey, CaseRole role) {
        return new TeamMember(userKey, role, null);
    }

    public static TeamMember centerCoach(String userKey, CenterCoachSlot slot) {
        return new TeamMember(userKey, CaseRole.CENTER_COACH, slot);
    }

    /**
     * Field names: {@code userKey}, {@code role}, {@code slot}. Checked as part of the record that holds this
     * one, which names the full field path.
     */
    List<FieldError> validate() {
        boolean coach = role == CaseRole.CENTER_COACH;
        return new Check()
                .name("userKey", userKey)
                .required("role", role)
                .failIf(coach && slot == null, "slot", SLOT_REQUIRED)
                .failIf(!coach && slot != null, "slot", SLOT_NOT_ALLOWED, role)
                .errors();
    }
}
