package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.TEAM;

import java.time.LocalDate;
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
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.consent.ConsentLedger;
import jp.jobcoach.workspace.port.PageRestrictions;
import jp.jobcoach.workspace.port.PageRestrictions.Restriction;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.CaseStore;
import jp.jobcoach.workspace.store.ConsentStore;
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
    private static final int REFUSED = -1;

    private final CaseGuard guard;
    private final CaseStore cases;
    private final TeamStore teams;
    private final CasePageStore filed;
    private final PageRestrictions host;
    private final ConsentStore consents;
    private final AuditLog audit;

    /**
     * What the case panel says about the restrictions: who may open the home page (the team), the roles a page
     * below it is narrowed to where they are fewer than the team's, and whether the pages are not yet restricted.
     */
    public record Status(boolean pending, Set<String> viewers, Map<CasePageKind, Set<CaseRole>> narrower) {
    }

    @Inject
    public CasePageRestrictions(CaseGuard guard, CaseStore cases, TeamStore teams, CasePageStore filed,
                                PageRestrictions host, ConsentStore consents, AuditLog audit) {
        this.guard = guard;
        this.cases = cases;
        this.teams = teams;
        this.filed = filed;
        this.host = host;
        this.consents = consents;
        this.audit = audit;
    }

    /**
     * Sets the restrictions of every page of the case as its team, the worker's consents and its filed pages are now,
     * as the actor of {@code on} (who has just changed one of them, with the rights to). Called after that change is
     * written, so that a refusal leaves the change in place and the case marked pending. The pages whose data the
     * worker's consent narrows are set apart from the others: Confluence lets only a page's editors restrict it, and
     * a member without consent (who may still change the team) is not among the condition page's, so their team
     * change still reaches every other page, and the condition page waits for a retry by someone who may edit it.
     * Answers whether the pages are in step.
     */
    public boolean apply(GuardedCase on) {
        Stored<SupportCase> stored = cases.find(on.caseId()).orElseThrow(() -> new NotFoundException("case " + on.caseId()));
        Long home = stored.value().rootPageId();
        if (home == null) {
            return true;
        }
        Team team = teams.team(on.caseId());
        Map<CasePageKind, PageAudience> audiences = audiences(team, consents.ledger(on.caseId()), on.today());
        Map<CasePageKind, Long> pages = filed.pagesOf(on.caseId());
        Map<CasePageKind, Long> consentPages = new EnumMap<>(CasePageKind.class);
        Map<CasePageKind, Long> otherPages = new EnumMap<>(CasePageKind.class);
        pages.forEach((kind, pageId) -> (narrowedByConsent(kind) ? consentPages : otherPages).put(kind, pageId));
        int others = restrict(on.actorKey(), wanted(home, team, audiences, otherPages));
        int consented = restrict(on.actorKey(), wanted(null, team, audiences, consentPages));
        boolean applied = others != REFUSED && consented != REFUSED;
        cases.setRestrictionsPending(on.caseId(), !applied);
        if (applied && others + consented > 0) {
            audit.record(on, AuditAction.UPDATE, TEAM, RECORD, home, List.of("view", "edit"));
        }
        return applied;
    }

    /** The case panel's retry ({@link #mayRetry}). */
    public Status retry(long caseId) {
        GuardedCase on = guard.require(caseId, TEAM, VIEW);
        if (!mayRetry(on)) {
            guard.require(on, TEAM, EDIT);
        }
        apply(on);
        return status(on);
    }

    /**
     * Who may set the pages again: the members who change the team, and the worker, who always edits the condition
     * page (the one page a member without the worker's consent cannot restrict).
     */
    public static boolean mayRetry(GuardedCase on) {
        return on.may(TEAM, EDIT) || on.actorRoles().contains(CaseRole.WORKER);
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
     * The audience of each page of the case: the one place that decides it. The role matrix is the ceiling; for the
     * pages whose data the worker's consent narrows, only the members with an active consent (and the worker) are in,
     * once there is anybody such.
     */
    static Map<CasePageKind, PageAudience> audiences(Team team, ConsentLedger ledger, LocalDate today) {
        Map<CasePageKind, PageAudience> audiences = new EnumMap<>(CasePageKind.class);
        for (CasePageKind kind : CasePageKind.values()) {
            PageAudience ceiling = PageAudience.of(kind, team);
            PageAudience consented = ConsentCategory.narrowing(kind.category())
                    .map(consent -> PageAudience.of(kind, team, roles -> ledger.shows(roles, consent, today)))
                    .orElse(ceiling);
            // before the worker is on the team and has consented, nobody would be left: an empty list would lift
            // the restriction, so the page stays with the matrix's audience until then
            audiences.put(kind, consented.viewers().isEmpty() ? ceiling : consented);
        }
        return audiences;
    }

    private static boolean narrowedByConsent(CasePageKind kind) {
        return ConsentCategory.narrowing(kind.category()).isPresent();
    }

    /** The restrictions to set: the home page's, when {@code home} is given, and those of {@code pages}. */
    private static List<Restriction> wanted(Long home, Team team, Map<CasePageKind, PageAudience> audiences,
                                            Map<CasePageKind, Long> pages) {
        List<Restriction> wanted = new ArrayList<>();
        if (home != null) {
            PageAudience everyone = PageAudience.home(team);
            wanted.add(new Restriction(home, everyone.viewers(), everyone.editors()));
        }
        pages.forEach((kind, pageId) -> wanted.add(new Restriction(pageId, audiences.get(kind).viewers(), audiences.get(kind).editors())));
        return wanted;
    }

    /**
     * Sets the restrictions that differ from what the pages have: a page already in step is left alone, so a team
     * change that does not touch a page's audience needs no right on that page. Answers how many pages were set, or
     * {@link #REFUSED}.
     */
    private int restrict(String actorKey, List<Restriction> wanted) {
        List<Restriction> changed = wanted.stream().filter(restriction -> !restriction.equals(host.restrictionOf(restriction.pageId()))).toList();
        if (changed.isEmpty()) {
            return 0;
        }
        try {
            host.restrict(actorKey, changed);
            return changed.size();
        } catch (PageRestrictions.Refused refused) {
            return REFUSED;
        }
    }

    private static boolean inStep(Restriction present, PageAudience wanted) {
        return present.viewers().equals(wanted.viewers()) && present.editors().equals(wanted.editors());
    }
}
