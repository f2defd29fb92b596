package jp.jobcoach.workspace.service;

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
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.store.TeamStore;

/**
 * The one door into case data: every service call passes here with the category and access it needs.
 * A person who is not on the team, or who cannot view the case's root page, is told the case does not exist;
 * a member whose role lacks the access is refused. Reads of health data are audited here ({@link #healthRead}),
 * so none is missed.
 */
@Named
public class CaseGuard {
    private final CaseStore cases;
    private final TeamStore teams;
    private final PageAccess pages;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    @Inject
    public CaseGuard(CaseStore cases, TeamStore teams, PageAccess pages, CurrentUser currentUser, AuditLog audit) {
        this.cases = cases;
        this.teams = teams;
        this.pages = pages;
        this.currentUser = currentUser;
        this.audit = audit;
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
        String actorKey = actorKey();
        Stored<SupportCase> stored = cases.find(caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        Team team = teams.team(caseId);
        Set<CaseRole> roles = team.rolesOf(actorKey);
        if (!isAdministratorReadingAudit(category) && (roles.isEmpty() || !mayViewPage(actorKey, stored.value()))) {
            throw new NotFoundException("case " + caseId);
        }
        return require(new GuardedCase(stored, team, actorKey, roles), category, access);
    }

    /**
     * The actor's roles on a case this request already holds allow {@code access} to {@code category}; nothing is
     * read again.
     *
     * @throws AccessDeniedException when they do not
     */
    public GuardedCase require(GuardedCase on, DataCategory category, Access access) {
        if (!isAdministratorReadingAudit(category) && !RoleMatrix.allows(on.actorRoles(), category, access)) {
            throw new AccessDeniedException(category + " " + access + " on case " + on.caseId());
        }
        return on;
    }

    /**
     * The actor is about to be shown the case's health data: their roles must allow it, and the read is audited
     * (field names only). Every path that shows health data calls this, so none is missed.
     *
     * @throws AccessDeniedException when their roles do not allow it
     */
    public void healthRead(GuardedCase on) {
        require(on, DataCategory.HEALTH, Access.VIEW);
        audit.record(on, AuditAction.READ, DataCategory.HEALTH, "health", on.caseId(), List.of());
    }

    private boolean isAdministratorReadingAudit(DataCategory category) {
        return category == DataCategory.AUDIT && currentUser.isAdministrator();
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
