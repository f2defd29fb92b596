package jp.jobcoach.workspace.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.FieldError;

/**
 * One consent of the worker: this category may be shown to this role, from when it was given until it is revoked
 * or its last valid day has passed. Records are never deleted; a revocation is written onto the record.
 *
 * @param recordedBy the user key of whoever recorded it: the worker, or the counselor for a paper consent
 * @param paperDate  the date on the signed paper; only for {@link ConsentMeans#ON_PAPER}
 * @param validUntil the last day it holds; null while it holds until revoked
 * @param revokedAt  when it was revoked; null while it was not
 * @param revokedBy  who revoked it (the worker, or the counselor recording a paper revocation)
 */
public record Consent(ConsentCategory category, CaseRole role, ConsentMeans means, Instant givenAt, String recordedBy,
                      LocalDate paperDate, LocalDate validUntil, Instant revokedAt, String revokedBy) {

    public static final String NOT_FOR_ROLE = "jobcoach.validation.consent.not-for-role";
    public static final String NOT_IN_FUTURE = "jobcoach.validation.consent.not-in-future";
    public static final String NOT_IN_PAST = "jobcoach.validation.consent.not-in-past";
    public static final String ALREADY_GIVEN = "jobcoach.validation.consent.already-given";
    public static final String ALREADY_REVOKED = "jobcoach.validation.consent.already-revoked";

    /** A new consent as given by the worker themselves, today. */
    public static Consent inProduct(ConsentCategory category, CaseRole role, Instant now, String workerKey,
                                    LocalDate validUntil) {
        return new Consent(category, role, ConsentMeans.IN_PRODUCT, now, workerKey, null, validUntil, null, null);
    }

    /** A paper consent as the counselor records it. */
    public static Consent onPaper(ConsentCategory category, CaseRole role, LocalDate paperDate, Instant now,
                                  String counselorKey, LocalDate validUntil) {
        return new Consent(category, role, ConsentMeans.ON_PAPER, now, counselorKey, paperDate, validUntil, null, null);
    }

    public Consent revoked(Instant at, String byUserKey) {
        return new Consent(category, role, means, givenAt, recordedBy, paperDate, validUntil, at, byUserKey);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether its last valid day is before {@code today}; an expired consent behaves as revoked. */
    public boolean isExpiredOn(LocalDate today) {
        return validUntil != null && validUntil.isBefore(today);
    }

    public boolean isActiveOn(LocalDate today) {
        return !isRevoked() && !isExpiredOn(today);
    }

    /** The rules of a new consent on {@code today}. Field names as the REST body names them. */
    public List<FieldError> validate(LocalDate today) {
        boolean endsInThePast = validUntil != null && validUntil.isBefore(today);
        return new Check()
                .required("category", category)
                .required("role", role)
                .failIf(category != null && role != null && !category.mayBeGivenTo(role), "role", NOT_FOR_ROLE, role)
                .required("means", means)
                .failIf(means == ConsentMeans.ON_PAPER && paperDate == null, "paperDate", Check.REQUIRED)
                .failIf(paperDate != null && paperDate.isAfter(today), "paperDate", NOT_IN_FUTURE)
                .failIf(endsInThePast, "validUntil", NOT_IN_PAST)
                .notBefore("validUntil", endsInThePast ? null : validUntil, "paperDate", paperDate)
                .errors();
    }
}
