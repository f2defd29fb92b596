package jp.jobcoach.workspace.service;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;

/**
 * A case the actor was let into, with what the guard learnt on the way: the team and the actor's roles, and the
 * case's consent ledger, read when first needed and then kept for this request only. Only {@link CaseGuard} makes
 * one, so holding one means the guard let this actor in during this request.
 */
public final class GuardedCase {
    private final Stored<SupportCase> stored;
    private final Team team;
    private final String actorKey;
    private final Set<CaseRole> actorRoles;
    private final Supplier<ConsentLedger> readLedger;
    private final LocalDate today;
    private ConsentLedger ledger;

    GuardedCase(Stored<SupportCase> stored, Team team, String actorKey, Set<CaseRole> actorRoles,
                Supplier<ConsentLedger> readLedger, LocalDate today) {
        this.stored = stored;
        this.team = team;
        this.actorKey = actorKey;
        this.actorRoles = Set.copyOf(actorRoles);
        this.readLedger = readLedger;
        this.today = today;
    }

    public Stored<SupportCase> stored() {
        return stored;
    }

    public Team team() {
        return team;
    }

    public String actorKey() {
        return actorKey;
    }

    public Set<CaseRole> actorRoles() {
        return actorRoles;
    }

    public long caseId() {
        return stored.id();
    }

    /** The day consents are judged on for this request: an expired consent behaves as revoked. */
    public LocalDate today() {
        return today;
    }

    /** The case's consents, read the first time this request asks (one request is one thread). */
    public ConsentLedger ledger() {
        if (ledger == null) {
            ledger = readLedger.get();
        }
        return ledger;
    }

    /** Whether the worker's consents (within the role matrix) let the actor see {@code category} today. */
    public boolean shows(ConsentCategory category) {
        return ledger().shows(actorRoles, category, today);
    }

    /**
     * Whether the actor may be shown data of {@code category} now: their roles allow viewing it and, where the
     * worker's consent narrows the category (HEALTH, TASK_ANALYSIS), the worker has consented. What
     * {@link CaseGuard#require(GuardedCase, DataCategory, Access)} would let through, as a question.
     */
    public boolean sees(DataCategory category) {
        return may(category, Access.VIEW) && ConsentCategory.narrowing(category).map(this::shows).orElse(true);
    }

    /**
     * Whether the actor's roles allow more than the guard checked, e.g. to offer an edit button. The ceiling only:
     * what consent narrows is {@link #shows}.
     */
    public boolean may(DataCategory category, Access access) {
        return RoleMatrix.allows(actorRoles, category, access);
    }
}
