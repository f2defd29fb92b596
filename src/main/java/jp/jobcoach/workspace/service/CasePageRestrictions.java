package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.PageAudience;
import jp.jobcoach.workspace.domain.Stored;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.Team;
import jp.jobcoach.workspace.port.PageRestrictions;
import jp.jobcoach.workspace.port.PageRestrictions.Restriction;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.TeamStore;

/**
 * Keeps the Confluence restrictions of a case's pages in step with its team (docs/decisions.md #15): the home page
 * is the team's, each page below it the roles' that see its data. Applied when the case opens, when a page is filed,
 * when its tree moves and on every team change, to every page of the case at once, as the person making the change.
 * When the host refuses or fails, the case records that its pages are not yet restricted; the case panel says so and
 * retries. Until then nothing of the case leaks: the plugin's macros guard every record by the team themselves.
 */
@Named
public class CasePageRestrictions {
    private static final String RECORD = "page-restrictions";

    private final CaseGuard guard;
    private final CaseStore cases;
    private final TeamStore teams;
    private final CasePageStore filed;
    private final PageRestrictions host;
    private final AuditLog audit;

    /**
     * What the case panel says about the restrictions: who may open the home page (the team), the roles a page
     * below it is narrowed to where they are fewer than the team's, and whether the pages are not yet restricted.
     */
    public record Status(boolean pending, Set<String> viewers, Map<CasePageKind, Set<CaseRole>> narrower) {
    }

    @Inject
    public CasePageRestrictions(CaseGuard guard, CaseStore cases, TeamStore teams, CasePageStore filed,
                                PageRestrictions host, AuditLog audit) {
        this.guard = guard;
        this.cases = cases;
        this.teams = teams;
        this.filed = filed;
        this.host = host;
        this.audit = audit;
    }

    /**
     * Sets the restrictions of every page of the case as its team and filed pages are now, as the actor of
     * {@code on} (who has just changed them, with the rights to). Called after that change is written, so that a
     * refusal leaves the change in place and the case marked pending. Answers whether the pages are in step.
     */
    public boolean apply(GuardedCase on) {
        Stored<SupportCase> stored = cases.find(on.caseId()).orElseThrow(() -> new NotFoundException("case " + on.caseId()));
        Long home = stored.value().rootPageId();
        if (home == null) {
            return true;
        }
        Team team = teams.team(on.caseId());
        boolean applied = restrict(on.actorKey(), wanted(home, team, audiences(stored, team), filed.pagesOf(on.caseId())));
        cases.setRestrictionsPending(on.caseId(), !applied);
        if (applied) {
            audit.record(on, AuditAction.UPDATE, TEAM, RECORD, home, List.of("view", "edit"));
        }
        return applied;
    }

    /** The case panel's retry, for a member who changes the team (they are the pages' editors). */
    public Status retry(long caseId) {
        GuardedCase on = guard.require(caseId, TEAM, EDIT);
        apply(on);
        return status(on);
    }

    public Status status(long caseId) {
        return status(guard.require(caseId, TEAM, VIEW));
    }

    /**
     * Pending when a change could not be applied, and also when the home page's restrictions are no longer what the
     * team makes them (someone changed them in Confluence): the retry puts them back.
     */
    public Status status(GuardedCase on) {
        guard.require(on, TEAM, VIEW);
        PageAudience home = PageAudience.home(on.team());
        Long homePage = on.stored().value().rootPageId();
        boolean pending = homePage != null && (cases.restrictionsPending(on.caseId()) || !inStep(host.restrictionOf(homePage), home));
        return new Status(pending, home.viewers(), PageAudience.narrowerPages());
    }

    /**
     * The audience of each page of the case: the one place that decides it, so that the worker's consent can narrow
     * the condition page here later (docs/decisions.md #15). The role matrix is the ceiling.
     */
    Map<CasePageKind, PageAudience> audiences(Stored<SupportCase> stored, Team team) {
        Map<CasePageKind, PageAudience> audiences = new EnumMap<>(CasePageKind.class);
        for (CasePageKind kind : CasePageKind.values()) {
            audiences.put(kind, PageAudience.of(kind, team));
        }
        return audiences;
    }

    private static List<Restriction> wanted(long home, Team team, Map<CasePageKind, PageAudience> audiences,
                                            Map<CasePageKind, Long> pages) {
        List<Restriction> wanted = new ArrayList<>();
        PageAudience everyone = PageAudience.home(team);
        wanted.add(new Restriction(home, everyone.viewers(), everyone.editors()));
        pages.forEach((kind, pageId) -> wanted.add(new Restriction(pageId, audiences.get(kind).viewers(), audiences.get(kind).editors())));
        return wanted;
    }

    private boolean restrict(String actorKey, List<Restriction> wanted) {
        try {
            host.restrict(actorKey, wanted);
            return true;
        } catch (PageRestrictions.Refused refused) {
            return false;
        }
    }

    private static boolean inStep(Restriction present, PageAudience wanted) {
        return present.viewers().equals(wanted.viewers()) && present.editors().equals(wanted.editors());
    }
}
