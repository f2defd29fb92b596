package jp.jobcoach.workspace.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A support plan with its history: every agreement given to any revision, and its revisions oldest first —
 * all of them, or (as the store reads a plan for its status, an agreement or the next revision) only the current
 * one; {@link #revision} and {@link #diff} know the revisions the plan holds. Changes return a new plan; the store
 * keeps the added revision or agreement.
 */
public record SupportPlan(List<PlanRevision> revisions, List<Agreement> agreements) {

    public SupportPlan {
        revisions = List.copyOf(revisions);
        agreements = List.copyOf(agreements);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least its first revision");
        }
    }

    /** A plan's first revision, usually the draft (支援計画書(案)) written at intake. */
    public static SupportPlan draft(SupportPlanContent content, String authorKey, Instant at) {
        return new SupportPlan(List.of(new PlanRevision(1, content, authorKey, at)), List.of());
    }

    public PlanRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    public Optional<PlanRevision> revision(int number) {
        return revisions.stream().filter(revision -> revision.number() == number).findFirst();
    }

    /** The plan with {@code content} as its new current revision; agreements so far stay in the history only. */
    public SupportPlan revise(SupportPlanContent content, String authorKey, Instant at) {
        List<PlanRevision> more = new ArrayList<>(revisions);
        more.add(new PlanRevision(current().number() + 1, content, authorKey, at));
        return new SupportPlan(more, agreements);
    }

    /** Records that {@code userKey} agrees the current revision as {@code role}; agreeing twice changes nothing. */
    public SupportPlan agree(String userKey, CaseRole role, Instant at) {
        boolean already = currentAgreements().stream()
                .anyMatch(agreement -> agreement.userKey().equals(userKey) && agreement.role() == role);
        if (already) {
            return this;
        }
        List<Agreement> more = new ArrayList<>(agreements);
        more.add(new Agreement(userKey, role, at, current().number()));
        return new SupportPlan(revisions, more);
    }

    /**
     * Records that the party {@code role} speaks for agreed the current revision outside the product, as the counselor
     * {@code recorderKey} records on their behalf; a party that already agreed it changes nothing.
     */
    public SupportPlan agreeOnPaper(String recorderKey, CaseRole role, Instant at, PaperAgreement paper) {
        boolean partyAgreed = currentAgreements().stream()
                .anyMatch(agreement -> !Collections.disjoint(partiesOf(agreement.role()), partiesOf(role)));
        if (partyAgreed) {
            return this;
        }
        List<Agreement> more = new ArrayList<>(agreements);
        more.add(new Agreement(recorderKey, role, at, current().number(), paper));
        return new SupportPlan(revisions, more);
    }

    /** The agreements that still count: those given to the current revision. */
    public List<Agreement> currentAgreements() {
        int number = current().number();
        return agreements.stream().filter(agreement -> agreement.revision() == number).toList();
    }

    /** The required parties that have not yet agreed the current revision. */
    public Set<AgreementParty> missingParties() {
        Set<AgreementParty> missing = EnumSet.allOf(AgreementParty.class);
        currentAgreements().forEach(agreement -> missing.removeIf(party -> party.representedBy(agreement.role())));
        return missing;
    }

    /**
     * The parties that agreed an earlier revision but not the current one: a revision after their agreement
     * changed what they agreed to, so the plan must be shown to them again.
     */
    public Set<AgreementParty> partiesToAgreeAgain() {
        Set<AgreementParty> again = EnumSet.noneOf(AgreementParty.class);
        agreements.stream().filter(agreement -> agreement.revision() < current().number())
                .forEach(agreement -> again.addAll(partiesOf(agreement.role())));
        again.retainAll(missingParties());
        return again;
    }

    static Set<AgreementParty> partiesOf(CaseRole role) {
        Set<AgreementParty> parties = EnumSet.noneOf(AgreementParty.class);
        for (AgreementParty party : AgreementParty.values()) {
            if (party.representedBy(role)) {
                parties.add(party);
            }
        }
        return parties;
    }

    /** Every required party agreed the current revision: support may start. */
    public boolean isAgreed() {
        return missingParties().isEmpty();
    }

    /**
     * What changed from revision {@code from} to revision {@code to}.
     *
     * @throws IllegalArgumentException when either revision does not exist
     */
    public PlanDiff diff(int from, int to) {
        return PlanDiff.between(existing(from), existing(to));
    }

    private PlanRevision existing(int number) {
        return revision(number).orElseThrow(() -> new IllegalArgumentException("no revision " + number));
    }
}
