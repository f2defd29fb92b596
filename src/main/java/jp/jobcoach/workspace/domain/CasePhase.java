package jp.jobcoach.workspace.domain;

/**
 * Where a case stands: intake (相談受付) → planning (打ち合わせ) → support (支援中) → follow-up (フォローアップ)
 * → closed (終了). A case moves one step at a time, so no stage (above all the agreement of the plan) is
 * skipped; it may step back one stage to redo it, but a closed case stays closed.
 */
public enum CasePhase implements Labelled {
    INTAKE,
    PLANNING,
    SUPPORT,
    FOLLOW_UP,
    CLOSED;

    public boolean canMoveTo(CasePhase target) {
        int step = target.ordinal() - ordinal();
        return step == 1 || step == -1 && this != CLOSED;
    }

    /** Support runs per an agreed plan, so entering it is the one move that needs the agreement. */
    public boolean needsAgreedPlan() {
        return this == SUPPORT;
    }

    @Override
    public String i18nKey() {
        return Labelled.enumKey("jobcoach.phase.", this);
    }
}
