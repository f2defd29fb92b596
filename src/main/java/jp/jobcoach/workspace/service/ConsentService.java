package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.domain.consent.Consent;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.ConsentStore;

/**
 * The worker's consents on a case. Everyone on the team sees the ledger; the worker gives and revokes their own
 * consents in the product; the counselor (CASE edit) records a consent or a revocation the worker signed on paper.
 * Each grant and revocation is audited; a revocation names the version it revokes, so of two at once one is told.
 * The guard reads the same ledger on every guarded read ({@link CaseGuard}), so a revocation holds at once.
 */
@Named
public class ConsentService {
    private static final String RECORD = "consent";

    private final CaseGuard guard;
    private final ConsentStore consents;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;
    private final CasePageRestrictions pageRestrictions;

    @Inject
    public ConsentService(CaseGuard guard, ConsentStore consents, AuditLog audit, Writes writes, TimeSource time,
                          CasePageRestrictions pageRestrictions) {
        this.guard = guard;
        this.consents = consents;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
        this.pageRestrictions = pageRestrictions;
    }

    /**
     * The ledger as it stands today, for any member; {@code missing} lists the team's roles that the matrix would
     * let see a category but that have no active consent (never given, expired or revoked).
     */
    public Overview overview(long caseId) {
        return overview(guard.require(caseId, CASE, VIEW));
    }

    public Overview overview(GuardedCase on) {
        guard.require(on, CASE, VIEW);
        List<CaseRole> teamRoles = on.team().members().stream().map(TeamMember::role).distinct().toList();
        return new Overview(on, on.ledger(), on.ledger().missing(teamRoles, on.today()));
    }

    /**
     * The worker, signed in, lets {@code role} see {@code category}, until {@code validUntil} (inclusive) or until
     * revoked when null.
     *
     * @throws AccessDeniedException when the actor is not this case's worker
     * @throws ValidationException   when the matrix never lets the role see it, or it is already given
     */
    public Stored<Consent> give(long caseId, ConsentCategory category, CaseRole role, LocalDate validUntil) {
        GuardedCase on = guard.require(caseId, CASE, VIEW);
        requireWorker(on);
        return add(on, Consent.inProduct(category, role, time.now(), on.actorKey(), validUntil));
    }

    /**
     * The counselor records a consent the worker signed on paper on {@code paperDate}.
     *
     * @throws AccessDeniedException for a role that does not edit the case
     * @throws ValidationException   as {@link #give}, and for a missing or future paper date
     */
    public Stored<Consent> recordPaper(long caseId, ConsentCategory category, CaseRole role, LocalDate paperDate,
                                       LocalDate validUntil) {
        GuardedCase on = guard.require(caseId, CASE, EDIT);
        return add(on, Consent.onPaper(category, role, paperDate, time.now(), on.actorKey(), validUntil));
    }

    /**
     * Revokes the consent at {@code version}: the worker in the product, or the counselor recording a revocation
     * on paper. It holds from the next read on, on every path.
     *
     * @throws AccessDeniedException when the actor is neither the worker nor edits the case
     * @throws StaleVersionException with the consent as it is now, when it was revoked meanwhile
     * @throws ValidationException   when it is already revoked
     */
    public Stored<Consent> revoke(long caseId, long consentId, int version) {
        GuardedCase on = guard.require(caseId, CASE, VIEW);
        if (!on.actorRoles().contains(CaseRole.WORKER)) {
            guard.require(on, CASE, EDIT);
        }
        Stored<Consent> before = existing(caseId, consentId);
        if (before.value().isRevoked() && before.version() == version) {
            throw new ValidationException(new FieldError("version", Consent.ALREADY_REVOKED));
        }
        Stored<Consent> revoked = writes.versioned(() -> {
            Stored<Consent> written = consents.revoke(consentId, version, time.now(), on.actorKey());
            audit.record(on, AuditAction.UPDATE, before.value().category().ceiling(), RECORD, consentId,
                    List.of("revokedAt", "revokedBy"));
            return written;
        }, () -> existing(caseId, consentId));
        // the condition page's restrictions follow the consents (docs/decisions.md #15)
        pageRestrictions.apply(on);
        return revoked;
    }

    private Stored<Consent> add(GuardedCase on, Consent consent) {
        List<FieldError> errors = new ArrayList<>(consent.validate(on.today()));
        boolean given = errors.isEmpty() && on.ledger().active(consent.category(), consent.role(), on.today()).isPresent();
        if (given) {
            errors.add(new FieldError("role", Consent.ALREADY_GIVEN, consent.role()));
        }
        ValidationException.throwIfAny(errors);
        int pairRecords = (int) on.ledger().consents().stream().filter(stored -> sameScope(stored.value(), consent)).count();
        Stored<Consent> recorded = writes.versioned(() -> {
            Stored<Consent> created = consents.create(on.caseId(), consent, pairRecords);
            audit.record(on, AuditAction.CREATE, consent.category().ceiling(), RECORD, created.id(),
                    consent.paperDate() == null ? List.of("category", "role", "means", "validUntil")
                            : List.of("category", "role", "means", "paperDate", "validUntil"));
            return created;
        }, () -> consents.ledger(on.caseId()).active(consent.category(), consent.role(), time.today()).orElse(null));
        pageRestrictions.apply(on);
        return recorded;
    }

    private static boolean sameScope(Consent one, Consent other) {
        return one.category() == other.category() && one.role() == other.role();
    }

    private static void requireWorker(GuardedCase on) {
        if (!on.actorRoles().contains(CaseRole.WORKER)) {
            throw new AccessDeniedException("only the worker gives consent in the product, case " + on.caseId());
        }
    }

    /** The consent, if it belongs to this case: an id from another case is not found here. */
    private Stored<Consent> existing(long caseId, long id) {
        return consents.find(id).filter(stored -> stored.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException(RECORD + " " + id));
    }

    /** A case's consents for the panel and the REST list, with what is missing today. */
    public record Overview(GuardedCase on, ConsentLedger ledger, List<ConsentLedger.Missing> missing) {
    }
}
