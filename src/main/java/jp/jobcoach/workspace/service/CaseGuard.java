package jp.jobcoach.workspace.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.Access;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.RoleMatrix;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.ConsentStore;
import jp.jobcoach.workspace.store.TeamStore;

/**
 * The one door into case data: every service call passes here with the category and access it needs.
 * A person who is not on the team, or who cannot view the case's root page, is told the case does not exist;
 * a member whose role lacks the access is refused. The role matrix is the ceiling and the worker's consents narrow
 * it: HEALTH and TASK_ANALYSIS (and the worker's own account in interviews, {@link #healthRead}) need an active
 * consent for one of the actor's roles, read from the ledger at most once per guarded case and never kept across
 * requests, so a revocation holds from the next request on. Reads of health data are audited here
 * ({@link #healthRead}), so none is missed.
 */
@Named
public class CaseGuard {
    private final CaseStore cases;
    private final TeamStore teams;
    private final PageAccess pages;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ConsentStore consents;
    private final TimeSource time;

    @Inject
    public CaseGuard(CaseStore cases, TeamStore teams, PageAccess pages, CurrentUser currentUser, AuditLog audit,
                     ConsentStore consents, TimeSource time) {
        this.cases = cases;
        this.teams = teams;
        this.pages = pages;
        this.currentUser = currentUser;
        this.audit = audit;
        this.consents = consents;
        this.time = time;
    }

    /** The logged-in user's key. @throws AccessDeniedException for an anonymous visitor */
    public String actorKey() {
        return currentUser.userKey().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    /**
     * Lets the actor into a case: reads the case and its team once. Services that a macro or resource calls for
     * several things of one case take the {@link GuardedCase} this returns instead of the id (one guard per
     * request), and check each further category with {@link #require(GuardedCase, DataCategory, Access)}.
     *
     * @throws AccessDeniedException for anonymous visitors and for members whose roles do not allow it
     * @throws NotFoundException     for a missing case, a non-member, or a case page the actor cannot view
     */
    public GuardedCase require(long caseId, DataCategory category, Access access) {
        return require(actorKey(), caseId, category, access);
    }

    /**
     * {@link #require(long, DataCategory, Access)} for {@code actorKey} rather than the logged-in user: for the one
     * path where something else than the session names the person, a calendar feed's token, whose owner's access
     * is checked as it stands now on every fetch.
     */
    public GuardedCase require(String actorKey, long caseId, DataCategory category, Access access) {
        Stored<SupportCase> stored = cases.find(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        Team team = teams.team(caseId);
        Set<CaseRole> roles = team.rolesOf(actorKey);
        if (!isAdministratorReadingAudit(category) && (roles.isEmpty() || !mayViewPage(actorKey, stored.value()))) {
            throw new NotFoundException("case " + caseId);
        }
        return require(new GuardedCase(stored, team, actorKey, roles, () -> consents.ledger(caseId), time.today()),
                category, access);
    }

    /**
     * The actor's roles on a case this request already holds allow {@code access} to {@code category}, and for a
     * category that consent narrows, the worker consented for one of those roles; nothing is read again but the
     * case's consent ledger, the first time a request needs it.
     *
     * @throws AccessDeniedException when they do not
     */
    public GuardedCase require(GuardedCase on, DataCategory category, Access access) {
        requireMatrix(on, category, access);
        ConsentCategory.narrowing(category).ifPresent(consented -> requireConsent(on, consented));
        return on;
    }

    /**
     * The actor is about to be shown the worker's health information ({@code what}: the condition log, or the
     * worker's own account in an interview): their roles must allow it and the worker must have consented, and the
     * read is audited (field names only). Every path that shows it calls this, so none is missed.
     *
     * @throws AccessDeniedException when their roles or the worker's consents do not allow it
     */
    public void healthRead(GuardedCase on, ConsentCategory what) {
        requireMatrix(on, what.ceiling(), Access.VIEW);
        requireConsent(on, what);
        audit.record(on, AuditAction.READ, what.ceiling(), "health", on.caseId(), List.of());
    }

    private void requireMatrix(GuardedCase on, DataCategory category, Access access) {
        if (!isAdministratorReadingAudit(category) && !RoleMatrix.allows(on.actorRoles(), category, access)) {
            // only a category the actor cannot even see is withheld; a refused edit of a visible one is not
            throw new AccessDeniedException(category + " " + access + " on case " + on.caseId(), on.may(category, Access.VIEW)
                    ? null : new AccessDeniedException.Withheld(category, on.actorRoles(), false));
        }
    }

    private static void requireConsent(GuardedCase on, ConsentCategory consented) {
        if (!on.shows(consented)) {
            throw new AccessDeniedException("no consent to " + consented + " on case " + on.caseId(),
                    new AccessDeniedException.Withheld(consented.ceiling(), on.actorRoles(), true));
        }
    }

    private boolean isAdministratorReadingAudit(DataCategory category) {
        return category == DataCategory.AUDIT && currentUser.isAdministrator();
    }

    /**
     * The cases {@code actorKey} is on and may see now (on the team, able to view the case's page), at most
     * {@code limit}, newest first, each let in for {@code category} and {@code access} if their roles allow it: a
     * fixed number of statements however many cases (the cases and their supports, their teams; their consent
     * ledgers, together, the first time one is needed) and one page check for them all. Cases whose category the roles do not allow are left out.
     */
    public List<GuardedCase> memberCases(String actorKey, int limit, DataCategory category, Access access) {
        List<Stored<SupportCase>> mine = withViewablePages(actorKey, cases.ofMember(actorKey, null, limit));
        java.util.Map<Long, Team> teamsById = teams.teams(mine.stream().map(Stored::id).toList());
        LocalDate today = time.today();
        List<GuardedCase> guarded = new java.util.ArrayList<>();
        // the consent ledgers of all these cases, read together the first time one of them is needed
        List<java.util.Map<Long, jp.jobcoach.workspace.domain.consent.ConsentLedger>> ledgers = new java.util.ArrayList<>(1);
        for (Stored<SupportCase> stored : mine) {
            Team team = teamsById.getOrDefault(stored.id(), Team.empty());
            Set<CaseRole> roles = team.rolesOf(actorKey);
            if (!roles.isEmpty() && RoleMatrix.allows(roles, category, access)) {
                guarded.add(new GuardedCase(stored, team, actorKey, roles, () -> {
                    if (ledgers.isEmpty()) {
                        ledgers.add(consents.ledgers(guarded.stream().map(GuardedCase::caseId).toList()));
                    }
                    return ledgers.get(0).getOrDefault(stored.id(), new jp.jobcoach.workspace.domain.consent.ConsentLedger(List.of()));
                }, today));
            }
        }
        return guarded;
    }

    /** Whether the actor may see the case at all: on its team and able to view its page. */
    public boolean isVisible(String actorKey, Stored<SupportCase> stored) {
        return !teams.team(stored.id()).rolesOf(actorKey).isEmpty() && mayViewPage(actorKey, stored.value());
    }

    public boolean mayViewPage(String actorKey, SupportCase value) {
        return value.rootPageId() == null || pages.canView(actorKey, value.rootPageId());
    }

    /** Of {@code cases}, in their order, those whose page the actor may view ({@link #mayViewPage}): one check for all. */
    public List<Stored<SupportCase>> withViewablePages(String actorKey, List<Stored<SupportCase>> cases) {
        Set<Long> viewable = pages.viewablePageIds(actorKey, cases.stream().map(stored -> stored.value().rootPageId())
                .filter(Objects::nonNull).toList());
        return cases.stream().filter(stored -> stored.value().rootPageId() == null
                || viewable.contains(stored.value().rootPageId())).toList();
    }
}
