package jp.jobcoach.workspace.domain.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.Labelled;
import jp.jobcoach.workspace.domain.RoleMatrix;

/**
 * What a worker consents to show: the kinds of case data that are special-care personal information (or, for the
 * task analyses, working papers about the worker as a person). The {@link RoleMatrix} is the ceiling: a consent
 * can only be given to a role that the matrix already lets see the data; the consent then narrows the matrix.
 */
public enum ConsentCategory implements Labelled {
    /** The daily condition log and the traffic-light plan (the HEALTH category of the matrix). */
    HEALTH(DataCategory.HEALTH),
    /**
     * The worker's own account inside a retention interview: their condition ratings, their account of their
     * condition, their worries. Health information, so its ceiling is HEALTH view, and it sits in INTERVIEWS.
     */
    WORKER_ACCOUNT(DataCategory.HEALTH),
    TASK_ANALYSIS(DataCategory.TASK_ANALYSIS);

    private final DataCategory ceiling;

    ConsentCategory(DataCategory ceiling) {
        this.ceiling = ceiling;
    }

    /** The consent category that narrows a guarded category, if any (WORKER_ACCOUNT is a part of INTERVIEWS). */
    public static Optional<ConsentCategory> narrowing(DataCategory category) {
        return Arrays.stream(values()).filter(each -> each != WORKER_ACCOUNT && each.ceiling == category).findFirst();
    }

    /**
     * Whether the matrix lets this role see the data at all, so that a consent to it means something. The worker
     * is never asked to consent to their own data.
     */
    public boolean mayBeGivenTo(CaseRole role) {
        return role != CaseRole.WORKER && RoleMatrix.allows(role, ceiling, Access.VIEW)
                && (this != WORKER_ACCOUNT || RoleMatrix.allows(role, DataCategory.INTERVIEWS, Access.VIEW));
    }

    /** The roles this category may be consented to, in the roles' order. */
    public List<CaseRole> roles() {
        return Arrays.stream(CaseRole.values()).filter(this::mayBeGivenTo).toList();
    }

    /** The matrix category whose ceiling applies: what the audit log files a consent under. */
    public DataCategory ceiling() {
        return ceiling;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.consent.category.", this);
    }
}
