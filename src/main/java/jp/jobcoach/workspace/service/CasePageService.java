package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.EDIT;
import static jp.jobcoach.workspace.domain.Access.VIEW;
import static jp.jobcoach.workspace.domain.DataCategory.CASE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.FieldError;
import jp.jobcoach.workspace.domain.SupportCase;
import jp.jobcoach.workspace.domain.ValidationException;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.port.PageAccess.PageLink;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.store.CasePageStore;

/**
 * The pages of a case below its home page (plan, interviews, task analysis, condition and workload, schedule).
 * The plugin cannot make Confluence pages itself (no such call is declared, docs/decisions.md #9): the browser
 * makes them through Confluence's REST API from what {@link #missing} gives, then files each one here.
 */
@Named
public class CasePageService {
    public static final String NOT_BELOW_CASE = "jobcoach.validation.case-page.not-below-case";
    public static final String NO_HOME_PAGE = "jobcoach.validation.case-page.no-home-page";
    private static final String RECORD = "case-page";

    private final CaseGuard guard;
    private final CasePageStore store;
    private final PageAccess pages;
    private final People people;
    private final AuditLog audit;
    private final Writes writes;
    private final CasePageRestrictions restrictions;

    /**
     * One page of a case. {@code link} is null when no page is filed, when the filed page was deleted, or when
     * the viewer may not view it; {@code exists} tells the last case from the others.
     */
    public record CasePage(CasePageKind kind, PageLink link, boolean exists) {
    }

    /**
     * Where the missing pages of a case go (below its home page, in its space), and what their titles name the case
     * by: its number, or the worker's name where the case was opened with names in titles ({@code workerName} is null
     * otherwise, so that it does not leave the server).
     */
    public record MissingPages(long parentPageId, String spaceKey, CaseNumber number, String workerName,
                               List<CasePageKind> kinds) {
    }

    @Inject
    public CasePageService(CaseGuard guard, CasePageStore store, PageAccess pages, People people, AuditLog audit,
                           Writes writes, CasePageRestrictions restrictions) {
        this.guard = guard;
        this.store = store;
        this.pages = pages;
        this.people = people;
        this.audit = audit;
        this.writes = writes;
        this.restrictions = restrictions;
    }

    /** Every kind, in order, with its page as far as the viewer may see it. */
    public List<CasePage> pages(long caseId) {
        return pages(guard.require(caseId, CASE, VIEW));
    }

    public List<CasePage> pages(GuardedCase on) {
        return pagesFor(guard.require(on, CASE, VIEW));
    }

    /**
     * The kinds that have no page (never made, or deleted since), for someone who edits the case.
     *
     * @throws ValidationException when the case has no home page to put them under
     */
    public MissingPages missing(long caseId) {
        GuardedCase on = guard.require(caseId, CASE, EDIT);
        SupportCase value = on.stored().value();
        PageLink home = Optional.ofNullable(value.rootPageId()).flatMap(pages::page)
                .orElseThrow(() -> new ValidationException(new FieldError("rootPageId", NO_HOME_PAGE)));
        List<CasePageKind> kinds = pagesFor(on).stream().filter(page -> !page.exists()).map(CasePage::kind).toList();
        return new MissingPages(home.id(), home.spaceKey(), value.number(),
                value.titledByName() ? value.worker().name(people::displayName) : null, kinds);
    }

    /**
     * Files {@code pageId} as the case's page of {@code kind}; answers the case's pages.
     *
     * @throws ValidationException    when the page is not below the case's home page, or the actor cannot view it
     * @throws StaleVersionException when someone filed a page of this kind at the same moment
     */
    public List<CasePage> file(long caseId, CasePageKind kind, long pageId) {
        GuardedCase filedBy = writes.versioned(() -> {
            GuardedCase on = guard.require(caseId, CASE, EDIT);
            if (!isBelowHome(on, pageId)) {
                throw new ValidationException(new FieldError("pageId", NOT_BELOW_CASE));
            }
            store.file(caseId, kind, pageId);
            audit.record(on, AuditAction.CREATE, CASE, RECORD, pageId, List.of("kind", "pageId"));
            return on;
        }, () -> pages(caseId));
        restrictions.apply(filedBy);
        return pagesFor(filedBy);
    }

    private boolean isBelowHome(GuardedCase on, long pageId) {
        Long home = on.stored().value().rootPageId();
        List<Long> path = pages.selfAndAncestorIds(pageId);
        return home != null && path.size() > 1 && path.subList(1, path.size()).contains(home)
                && pages.canView(on.actorKey(), pageId);
    }

    private List<CasePage> pagesFor(GuardedCase on) {
        Map<CasePageKind, Long> filed = store.pagesOf(on.caseId());
        return Arrays.stream(CasePageKind.values()).map(kind -> page(on, kind, filed.get(kind))).toList();
    }

    private CasePage page(GuardedCase on, CasePageKind kind, Long pageId) {
        Optional<PageLink> link = pageId == null ? Optional.empty() : pages.page(pageId);
        boolean visible = link.isPresent() && pages.canView(on.actorKey(), pageId);
        return new CasePage(kind, visible ? link.get() : null, link.isPresent());
    }
}
