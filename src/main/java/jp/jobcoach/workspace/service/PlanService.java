package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;
import static jp.jobcoach.workspace.domain.DataCategory.PLAN;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.stream.Stream;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Agreement;
import jp.jobcoach.workspace.domain.AgreementParty;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PaperAgreement;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.PlanDiff;
import jp.jobcoach.workspace.domain.PlanRevision;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.SupportPlanContent;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.PlanStore;

/**
 * The support plan of a case. Its version is the number of its current revision (0 before the first):
 * a revision names the revision it was written from, and an agreement the revision it agrees.
 */
@Named
public class PlanService {
    public static final String NOT_YOUR_ROLE = "jobcoach.validation.plan.not-your-role";
    public static final String ROLE_CANNOT_AGREE = "jobcoach.validation.plan.role-cannot-agree";
    /** The center's coaches agree in the product: only the worker's and the company's agreement is recorded on paper. */
    public static final String NOT_ON_PAPER = "jobcoach.validation.plan.not-on-paper";

    private final CaseGuard guard;
    private final PlanStore plans;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;

    @Inject
    public PlanService(CaseGuard guard, PlanStore plans, AuditLog audit, Writes writes, TimeSource time) {
        this.guard = guard;
        this.plans = plans;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
    }

    /**
     * What the plan page shows ({@link PlanOverview}): {@code inFull} + 1 revisions in full and a page of
     * {@code olderPageSize} summaries, whatever the history.
     */
    public PlanOverview overview(GuardedCase on, int inFull, int olderPageSize) {
        guard.require(on, PLAN, VIEW);
        Optional<SupportPlan> plan = plans.recent(on.caseId(), inFull + 1);
        if (plan.isEmpty()) {
            return PlanOverview.none(inFull);
        }
        int oldestInFull = plan.get().current().number() - inFull + 1;
        Page<PlanRevision.Summary> older = oldestInFull > 1
                ? summaries(on, new PageRequest(olderPageSize, PlanStore.cursor(oldestInFull)))
                : new Page<>(List.of(), null);
        return new PlanOverview(plan, inFull, older);
    }

    /** A page of the revisions without their texts, newest first: the older revisions the plan page lists. */
    public Page<PlanRevision.Summary> summaries(GuardedCase on, PageRequest request) {
        guard.require(on, PLAN, VIEW);
        return Page.of(plans.summaries(on.caseId(), request.after(), request.fetchSize()), request,
                last -> PlanStore.cursor(last.number()));
    }

    /** One line of the plan's history for an export: who saved a revision when, and who agreed to it. */
    public record ExportedRevision(PlanRevision.Summary summary, List<Agreement> agreements) {
    }

    /**
     * Lets the actor export the plan's revisions and audits the export: called before anything is sent, so a refusal
     * is still a 404 or 403.
     */
    public GuardedCase startExport(long caseId) {
        GuardedCase on = guard.require(caseId, PLAN, VIEW);
        audit.record(on, AuditAction.EXPORT, PLAN, "plan-revision", caseId, List.of());
        return on;
    }

    /**
     * Every revision of a plan {@link #startExport} let the actor export, newest first, without its texts: per chunk
     * one read of the summaries and one of their agreements.
     */
    public void export(GuardedCase on, Consumer<ExportedRevision> each) {
        guard.require(on, PLAN, VIEW);
        Chunked.each((after, limit) -> plans.summaries(on.caseId(), after, limit), last -> PlanStore.cursor(last.number()),
                chunk -> {
                    Map<Integer, List<Agreement>> agreed = plans.agreements(on.caseId(), chunk.get(chunk.size() - 1).number(),
                            chunk.get(0).number()).stream().collect(Collectors.groupingBy(Agreement::revision));
                    chunk.forEach(summary -> each.accept(new ExportedRevision(summary,
                            agreed.getOrDefault(summary.number(), List.of()))));
                });
    }

    /**
     * A page of the revisions in full, newest first, with the agreements given to them.
     *
     * @throws NotFoundException before the first draft
     */
    public PlanRevisions revisions(long caseId, PageRequest request) {
        guard.require(caseId, PLAN, VIEW);
        Page<PlanRevision> page = Page.of(plans.page(caseId, request.after(), request.fetchSize()), request,
                last -> PlanStore.cursor(last.number()));
        List<PlanRevision> items = page.items();
        if (items.isEmpty()) {
            if (request.after() == null) {
                throw new NotFoundException("plan of case " + caseId);
            }
            return new PlanRevisions(page, List.of());
        }
        return new PlanRevisions(page, plans.agreements(caseId, items.get(items.size() - 1).number(), items.get(0).number()));
    }

    /**
     * The printed plan of revision {@code number} (null: the current one), with the case, its team and the agreements
     * given to that revision: two indexed rows of the plan and the agreements of one revision, however long the
     * history. Guarded by PLAN view; not audited, as no read of the plan is (its exports are).
     *
     * @throws NotFoundException   before the first draft, or for a revision that does not exist
     */
    public PlanPrint print(long caseId, Integer number) {
        return print(guard.require(caseId, PLAN, VIEW), number);
    }

    /** As {@link #print(long, Integer)}, for a case the guard let the actor into during this request. */
    public PlanPrint print(GuardedCase on, Integer number) {
        guard.require(on, PLAN, VIEW);
        long caseId = on.caseId();
        int newest = plans.newestRevision(caseId);
        int wanted = number == null ? newest : number;
        PlanRevision revision = plans.revisions(caseId, wanted, wanted).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + wanted + " of case " + caseId));
        return new PlanPrint(on.stored(), on.team(), revision, newest, plans.agreements(caseId, wanted, wanted),
                time.now());
    }

    /** The plan as it stands (its current revision and the agreements): empty while no plan was drafted. */
    public Optional<SupportPlan> current(long caseId) {
        guard.require(caseId, PLAN, VIEW);
        return plans.current(caseId);
    }

    /** Adds a revision written from revision {@code basedOn} (0 for the first draft). */
    public SupportPlan revise(long caseId, int basedOn, SupportPlanContent content) {
        GuardedCase on = guard.require(caseId, PLAN, EDIT);
        ValidationException.throwIfAny(content.validate());
        return writes.versioned(() -> {
            Optional<SupportPlan> before = plans.current(caseId);
            SupportPlan after = before.map(plan -> plan.revise(content, on.actorKey(), time.now()))
                    .orElseGet(() -> SupportPlan.draft(content, on.actorKey(), time.now()));
            plans.addRevision(caseId, basedOn, after.current());
            audit.record(on, before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, PLAN, "plan-revision",
                    after.current().number(), changedFields(after));
            return after;
        }, () -> plans.current(caseId).orElse(null));
    }

    /** The actor agrees revision {@code revision} (which must be current) as {@code role}, one of their roles. */
    public SupportPlan agree(long caseId, int revision, CaseRole role) {
        GuardedCase on = guard.require(caseId, PLAN, VIEW);
        boolean speaksForAParty = role != null && Arrays.stream(AgreementParty.values()).anyMatch(p -> p.representedBy(role));
        ValidationException.throwIfAny(new Check()
                .required("role", role)
                .failIf(role != null && !on.actorRoles().contains(role), "role", NOT_YOUR_ROLE, role)
                .failIf(role != null && !speaksForAParty, "role", ROLE_CANNOT_AGREE, role)
                .errors());
        return writes.versioned(() -> {
            SupportPlan before = plans.current(caseId).orElseThrow(() -> new NotFoundException("plan of case " + caseId));
            plans.requireNewest(caseId, revision);
            SupportPlan after = before.agree(on.actorKey(), role, time.now());
            if (after != before) {
                plans.addAgreement(caseId, after.agreements().get(after.agreements().size() - 1));
                audit.record(on, AuditAction.CREATE, PLAN, "plan-agreement", revision, List.of("role", "revision"));
            }
            return after;
        }, () -> plans.current(caseId).orElse(null));
    }

    /**
     * The counselor (CASE edit, who owns the plan's agreement) records that the party {@code role} speaks for agreed
     * revision {@code revision} (which must be current) outside the product — a worker without a Confluence account, a
     * company party who signed the printed plan. Audited, with how and when; shown apart from an agreement given in
     * the product. A party that already agreed the revision changes nothing.
     *
     * @throws ValidationException on {@code role} for a role that speaks for no party or for the center, and on
     *                             {@code signedOn}, {@code method}, {@code signer} as {@link PaperAgreement#validate}
     */
    public SupportPlan agreeOnPaper(long caseId, int revision, CaseRole role, PaperAgreement paper) {
        GuardedCase on = guard.require(caseId, CASE, EDIT);
        boolean onPaper = role != null && Arrays.stream(AgreementParty.values())
                .anyMatch(party -> party.representedBy(role) && party.agreesOnPaper());
        ValidationException.throwIfAny(new Check()
                .required("role", role)
                .failIf(role != null && !onPaper, "role", NOT_ON_PAPER, role)
                .errors());
        return writes.versioned(() -> {
            SupportPlan before = plans.current(caseId).orElseThrow(() -> new NotFoundException("plan of case " + caseId));
            plans.requireNewest(caseId, revision);
            ValidationException.throwIfAny(paper.validate(time.today(),
                    LocalDate.ofInstant(before.current().createdAt(), time.zone())));
            SupportPlan after = before.agreeOnPaper(on.actorKey(), role, time.now(), paper);
            if (after != before) {
                plans.addAgreement(caseId, after.agreements().get(after.agreements().size() - 1));
                audit.record(on, AuditAction.CREATE, PLAN, "plan-agreement", revision,
                        Stream.concat(Stream.of("role", "revision"), FieldChanges.filled(paper).stream()).toList());
            }
            return after;
        }, () -> plans.current(caseId).orElse(null));
    }

    /** @throws NotFoundException when either revision does not exist */
    public PlanDiff diff(long caseId, int from, int to) {
        return diff(guard.require(caseId, PLAN, VIEW), from, to);
    }

    /**
     * What changed from revision {@code from} to revision {@code to}: those two rows are read, not the history.
     *
     * @throws NotFoundException when either revision does not exist
     */
    public PlanDiff diff(GuardedCase on, int from, int to) {
        guard.require(on, PLAN, VIEW);
        List<PlanRevision> both = plans.revisions(on.caseId(), from, to);
        return PlanDiff.between(numbered(both, from, on), numbered(both, to, on));
    }

    private static PlanRevision numbered(List<PlanRevision> revisions, int number, GuardedCase on) {
        return revisions.stream().filter(revision -> revision.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + number + " of case " + on.caseId()));
    }

    public static int version(Optional<SupportPlan> plan) {
        return plan.map(existing -> existing.current().number()).orElse(0);
    }

    private static List<String> changedFields(SupportPlan after) {
        int number = after.current().number();
        return number == 1
                ? List.copyOf(after.current().content().comparableFields().keySet())
                : after.diff(number - 1, number).changes().stream().map(PlanDiff.FieldChange::field).toList();
    }
}
