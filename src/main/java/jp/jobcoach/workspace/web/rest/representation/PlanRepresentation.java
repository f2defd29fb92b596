package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementMethod;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;

/**
 * A plan as read: {@code {"revisions": [oldest first], "agreements": [every one ever given]}}; the {@code current}
 * of a 409 on the plan, which holds the plan as it stands (its current revision and the agreements).
 */
public record PlanRepresentation(List<Revision> revisions, List<AgreementGiven> agreements) {

    public static PlanRepresentation from(SupportPlan plan) {
        return new PlanRepresentation(Mapping.list(plan.revisions(), Revision::from),
                Mapping.list(plan.agreements(), AgreementGiven::from));
    }

    /** {@code {"number", "content", "authorKey", "createdAt"}}; the plan's version is its current number. */
    public record Revision(int number, PlanContentRepresentation content, String authorKey, Instant createdAt) {

        public static Revision from(PlanRevision revision) {
            return new Revision(revision.number(), PlanContentRepresentation.from(revision.content()),
                    revision.authorKey(), revision.createdAt());
        }
    }

    /**
     * {@code {"userKey", "role", "at", "revision"}}: who agreed which revision, speaking in which role; for an agreement
     * recorded on a party's behalf also {@code "onPaper": {"signedOn", "method", "signer"}}, and {@code userKey} is then
     * the counselor who recorded it.
     */
    public record AgreementGiven(String userKey, CaseRole role, Instant at, int revision, OnPaper onPaper) {

        public static AgreementGiven from(Agreement agreement) {
            return new AgreementGiven(agreement.userKey(), agreement.role(), agreement.at(), agreement.revision(),
                    agreement.onPaper() ? OnPaper.from(agreement.paper()) : null);
        }
    }

    /** How and when a party agreed outside the product. */
    public record OnPaper(LocalDate signedOn, AgreementMethod method, String signer) {

        static OnPaper from(PaperAgreement paper) {
            return new OnPaper(paper.signedOn(), paper.method(), paper.signer());
        }
    }
}
