package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CasePhase;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.Page;
import jp.jobcoach.workspace.domain.PageCursor;
import jp.jobcoach.workspace.domain.PageRequest;
import jp.jobcoach.workspace.domain.Check;
import jp.jobcoach.workspace.domain.PhaseChange;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.SupportPlan;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.PlanStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.TeamStore;

/** Cases: the facts of a case, its phase moves, and finding the case of a page. */
@Named
public class CaseService {
    public static final String CREATOR_ROLE_CANNOT_CREATE = "jobcoach.validation.case.creator-role";
    /** A page tree holds one case: macros and comments find their case through the page. */
    public static final String PAGE_HAS_A_CASE = "jobcoach.validation.case.page-has-a-case";
    private static final String RECORD = "case";

    private final CaseGuard guard;
    private final CaseStore cases;
    private final TeamStore teams;
    private final PlanStore plans;
    private final PageAccess pages;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Writes writes;
    private final TimeSource time;
    private final CasePageRestrictions restrictions;

    @Inject
    public CaseService(CaseGuard guard, CaseStore cases, TeamStore teams, PlanStore plans, PageAccess pages,
                       CurrentUser currentUser, AuditLog audit, Writes writes, TimeSource time,
                       CasePageRestrictions restrictions) {
        this.guard = guard;
        this.cases = cases;
        this.teams = teams;
        this.plans = plans;
        this.pages = pages;
        this.currentUser = currentUser;
        this.audit = audit;
        this.writes = writes;
        this.time = time;
        this.restrictions = restrictions;
    }

    /**
     * A page of the cases the actor is on and may see, newest first (by id). A case whose page the actor may not
     * view is skipped; when some are, the next rows are read until the page is full or the list ends, so the host
     * checks pages only for the cases read.
     */
    public Page<Stored<SupportCase>> mine(PageRequest request) {
        String actorKey = guard.actorKey();
        List<Stored<SupportCase>> shown = new ArrayList<>();
        PageCursor after = request.after();
        boolean exhausted = false;
        while (!exhausted && shown.size() < request.fetchSize()) {
            int wanted = request.fetchSize() - shown.size();
            List<Stored<SupportCase>> read = cases.ofMember(actorKey, after, wanted);
            shown.addAll(guard.withViewablePages(actorKey, read));
            exhausted = read.size() < wanted;
            after = exhausted ? after : PageCursor.afterId(read.get(read.size() - 1).id());
        }
        return Page.of(shown, request, stored -> PageCursor.afterId(stored.id()));
    }

    public GuardedCase get(long caseId) {
        return guard.require(caseId, CASE, VIEW);
    }

    public List<PhaseChange> phaseHistory(long caseId) {
        return phaseHistory(guard.require(caseId, CASE, VIEW));
    }

    public List<PhaseChange> phaseHistory(GuardedCase on) {
        guard.require(on, CASE, VIEW);
        return cases.phaseChanges(on.caseId());
    }

    /**
     * Opens a case at intake with the creator on its team in {@code creatorRole}, which must be a role that
     * edits cases (the counselor owns intake); administrators may open a case in any role.
     */
    public Stored<SupportCase> create(SupportCase requested, CaseRole creatorRole) {
        String actorKey = guard.actorKey();
        SupportCase value = new SupportCase(requested.worker(), requested.department(), requested.leaveStart(),
                requested.returnDate(), requested.supports(), CasePhase.INTAKE, requested.rootPageId(), null,
                requested.titles());
        boolean mayCreate = creatorRole != null
                && (RoleMatrix.allows(creatorRole, CASE, EDIT) || currentUser.isAdministrator());
        ValidationException.throwIfAny(new Check()
                .required("creatorRole", creatorRole)
                .failIf(creatorRole != null && !mayCreate, "creatorRole", CREATOR_ROLE_CANNOT_CREATE, creatorRole)
                .nested("", value, SupportCase::validate)
                .errors());
        if (value.rootPageId() != null && !pages.canView(actorKey, value.rootPageId())) {
            throw new NotFoundException("page " + value.rootPageId());
        }
        ValidationException.throwIfAny(new Check()
                .failIf(value.rootPageId() != null && caseOfPage(value.rootPageId()).isPresent(), "rootPageId", PAGE_HAS_A_CASE)
                .errors());
        GuardedCase opened = writes.numbering(() -> {
            Stored<SupportCase> created = cases.create(value, time.today().getYear());
            teams.add(created.id(), TeamMember.of(actorKey, creatorRole));
            GuardedCase on = guard.require(created.id(), CASE, VIEW);
            audit.record(on, AuditAction.CREATE, CASE, RECORD, created.id(), FieldChanges.filled(value));
            return on;
        });
        restrictions.apply(opened);
        return opened.stored();
    }

    /** Changes the facts of a case; its phase moves only through {@link #movePhase}. */
    public Stored<SupportCase> update(long caseId, int version, SupportCase requested) {
        GuardedCase on = guard.require(caseId, CASE, EDIT);
        SupportCase before = on.stored().value();
        // a case keeps its page tree unless moved to another: unlinking it would drop the page's view check
        Long root = requested.rootPageId() != null ? requested.rootPageId() : before.rootPageId();
        SupportCase value = before.withFacts(requested, root);
        ValidationException.throwIfAny(value.validate());
        Long newRoot = value.rootPageId();
        if (newRoot != null && !newRoot.equals(before.rootPageId())) {
            // moving the case to another page tree: the same rules as opening it there
            if (!pages.canView(on.actorKey(), newRoot)) {
                throw new NotFoundException("page " + newRoot);
            }
            ValidationException.throwIfAny(new Check()
                    .failIf(caseOfPage(newRoot).filter(other -> other != caseId).isPresent(), "rootPageId", PAGE_HAS_A_CASE)
                    .errors());
        }
        Stored<SupportCase> updated = writes.versioned(() -> {
            Stored<SupportCase> written = cases.update(caseId, version, value);
            audit.record(on, AuditAction.UPDATE, CASE, RECORD, caseId, FieldChanges.between(before, value));
            return written;
        }, () -> cases.find(caseId).orElseThrow());
        if (!Objects.equals(newRoot, before.rootPageId())) {
            // the new tree is restricted to the team; the old one keeps its restrictions (docs/decisions.md #15)
            restrictions.apply(on);
        }
        return updated;
    }

    /** Moves the case one phase on or back; into support only with the plan agreed by every party. */
    public Stored<SupportCase> movePhase(long caseId, int version, CasePhase target) {
        GuardedCase on = guard.require(caseId, CASE, EDIT);
        ValidationException.throwIfAny(new Check().required("phase", target).errors());
        SupportCase before = on.stored().value();
        boolean agreed = plans.current(caseId).map(SupportPlan::isAgreed).orElse(false);
        PhaseChange change = PhaseChange.move(before.phase(), target, agreed, on.actorKey(), time.now());
        return writes.versioned(() -> {
            Stored<SupportCase> moved = cases.update(caseId, version, before.after(change));
            cases.addPhaseChange(caseId, change);
            audit.record(on, AuditAction.UPDATE, CASE, RECORD, caseId, List.of("phase"));
            return moved;
        }, () -> cases.find(caseId).orElseThrow());
    }

    /**
     * The case whose page tree holds {@code pageId}: the nearest case root among the page and its ancestors.
     * Only an id, which tells nothing; reading the case goes through the guard.
     */
    public Optional<Long> caseOfPage(long pageId) {
        return placeOfPage(pageId).map(PageInCase::caseId);
    }

    /** A page in a case's tree: the case, and the page's chain from itself up to the case's root page. */
    public record PageInCase(long caseId, List<Long> selfUpToRoot) {

        public PageInCase {
            selfUpToRoot = List.copyOf(selfUpToRoot);
        }
    }

    /** The case whose page tree holds the page (the nearest root, for nested trees), with the page's chain to it. */
    public Optional<PageInCase> placeOfPage(long pageId) {
        List<Long> selfAndAncestors = pages.selfAndAncestorIds(pageId);
        List<Stored<SupportCase>> found = cases.findByRootPages(selfAndAncestors);
        for (int i = 0; i < selfAndAncestors.size(); i++) {
            Long id = selfAndAncestors.get(i);
            Optional<Stored<SupportCase>> rooted = found.stream().filter(stored -> id.equals(stored.value().rootPageId())).findFirst();
            if (rooted.isPresent()) {
                return Optional.of(new PageInCase(rooted.get().id(), selfAndAncestors.subList(0, i + 1)));
            }
        }
        return Optional.empty();
    }
}
