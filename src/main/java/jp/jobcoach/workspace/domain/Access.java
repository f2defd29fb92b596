package jp.jobcoach.workspace.domain;

/** What a role may do with a data category. EDIT implies VIEW: nobody changes what they cannot see. */
public enum Access {
    VIEW,
    EDIT;

    /** Whether holding this access is enough for {@code wanted}. */
    public boolean covers(Access wanted) {
        return compareTo(wanted) >= 0;
    }
}
