package jp.jobcoach.workspace.service;

import static jp.jobcoach.workspace.domain.Access.VIEW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.domain.AuditAction;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.CaseRole;
import jp.jobcoach.workspace.domain.DataCategory;
import jp.jobcoach.workspace.domain.consent.ConsentCategory;
import jp.jobcoach.workspace.domain.TeamMember;
import jp.jobcoach.workspace.domain.timeline.CommentExcerpt;
import jp.jobcoach.workspace.domain.timeline.Timeline;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.RecentEntries;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.domain.timeline.TimelinePage;
import jp.jobcoach.workspace.domain.timeline.TimelineQuery;
import jp.jobcoach.workspace.port.PageAccess;
import jp.jobcoach.workspace.store.CasePageStore;
import jp.jobcoach.workspace.store.TeamStore;
import jp.jobcoach.workspace.store.TimelineRead;
import jp.jobcoach.workspace.store.TimelineStore;
import jp.jobcoach.workspace.store.Visibility;

/**
 * A case's timeline, one page at a time: one read per kind the viewer may see (bounded by the page size and
 * a keyset condition, so neither the statements nor the rows grow with the case's history), then the merge.
 * Each kind is read only by roles that may view its category ({@link TimelineKind#category()}); a comment carries
 * the category of the case page it was made on (the condition page's is HEALTH). Comments on pages the viewer
 * cannot view, or of categories their roles may not view, are excluded in the query itself, before paging, so
 * they neither show nor leave a gap that would tell of them.
 */
@Named
public class TimelineService {
    private static final String COMMENT_RECORD = "timeline-comment";
    /** The categories a case page's comments can take: the home page's and each kind of page's. */
    private static final Set<DataCategory> PAGE_CATEGORIES = pageCategories();

    private final CaseGuard guard;
    private final TimelineStore timeline;
    private final PageAccess pages;
    private final CaseService cases;
    private final TeamStore teams;
    private final CasePageStore casePages;
    private final AuditLog audit;
    private final Writes writes;

    @Inject
    public TimelineService(CaseGuard guard, TimelineStore timeline, PageAccess pages, CaseService cases, TeamStore teams,
                           CasePageStore casePages, AuditLog audit, Writes writes) {
        this.guard = guard;
        this.timeline = timeline;
        this.pages = pages;
        this.cases = cases;
        this.teams = teams;
        this.casePages = casePages;
        this.audit = audit;
        this.writes = writes;
    }

    /** A comment just made, as the host reports it; the body is storage format and never stored. */
    public record NewComment(long commentId, long pageId, String pageTitle, String authorKey, String body, String link,
                             Instant at) {
    }

    /**
     * Puts a comment on the timeline of the case whose page tree holds its page, with the author's role on that
     * case, a plain-text excerpt and the data category of the case page it was made on ({@link #categoryOf}). A
     * comment on a page outside every case, or by someone not on the case's team when they write it, is left to
     * Confluence. A few statements whatever the case: the host's page chain (bounded), the case of those pages, the
     * team, the case's filed pages, the insert. Nobody reads here, so the guard is not involved; reading it back
     * goes through {@link #page}.
     *
     * @return whether the comment went on a case's timeline
     */
    public boolean recordComment(NewComment comment) {
        Optional<CaseService.PageInCase> place = cases.placeOfPage(comment.pageId());
        if (place.isEmpty() || comment.authorKey() == null) {
            return false;
        }
        long caseId = place.get().caseId();
        Optional<CaseRole> role = teams.team(caseId).rolesOf(comment.authorKey()).stream().min(Comparator.naturalOrder());
        if (role.isEmpty()) {
            return false;
        }
        timeline.addComment(caseId, TimelineEntry.comment(comment.commentId(), comment.at(), comment.authorKey(),
                role.get(), comment.pageTitle(), CommentExcerpt.of(comment.body()), comment.link(), comment.pageId(),
                categoryOf(place.get(), casePages.pagesOf(caseId))));
        return true;
    }

    /**
     * The category of what is said on a page of a case's tree: that of the nearest filed page of a kind among the
     * page and its ancestors (a page below the condition page is HEALTH too), else the home page's, CASE.
     */
    static DataCategory categoryOf(CaseService.PageInCase place, Map<CasePageKind, Long> filed) {
        for (Long pageId : place.selfUpToRoot()) {
            for (Map.Entry<CasePageKind, Long> kind : filed.entrySet()) {
                if (kind.getValue().equals(pageId)) {
                    return kind.getKey().category();
                }
            }
        }
        return DataCategory.CASE;
    }

    /**
     * The page of {@code query} that the viewer may see. Comments show the role stored with them (their author's
     * when they wrote); the other kinds, the author's role on the team now ({@link #shownRole}).
     */
    public TimelinePage page(long caseId, TimelineQuery query) {
        return page(guard.require(caseId, DataCategory.CASE, VIEW), query);
    }

    /** The first page of a timeline and the kinds its filter may offer the viewer. */
    public record Overview(TimelinePage page, List<TimelineKind> kinds) {
    }

    /**
     * {@link #page} with the kinds of entry the viewer may ever see on this case (comments: those on a page whose
     * category they see), in their order, so that a filter offers no kind that would always come back empty.
     */
    public Overview overview(long caseId, TimelineQuery query) {
        GuardedCase on = guard.require(caseId, DataCategory.CASE, VIEW);
        boolean seesComments = PAGE_CATEGORIES.stream().anyMatch(on::sees);
        return new Overview(page(on, query), Arrays.stream(TimelineKind.values()).filter(kind -> kind == TimelineKind.COMMENT
                ? seesComments : on.sees(kind.category())).toList());
    }

    private TimelinePage page(GuardedCase on, TimelineQuery query) {
        long caseId = on.caseId();
        Set<DataCategory> commentCategories = PAGE_CATEGORIES.stream().filter(on::sees)
                .collect(Collectors.toSet());
        boolean readsComments = query.wants(TimelineKind.COMMENT) && !commentCategories.isEmpty();
        TimelineRead read = new TimelineRead(caseId, query.after(), authorsWith(on, query.roles()),
                query.roles().isEmpty() ? Visibility.anyone() : Visibility.only(query.roles()),
                readsComments ? Visibility.only(visiblePages(on)) : Visibility.nobody(),
                Visibility.only(commentCategories), query.fetchSize());
        List<List<TimelineEntry>> lists = new ArrayList<>();
        for (TimelineKind kind : TimelineKind.values()) {
            if (kind == TimelineKind.COMMENT ? readsComments : query.wants(kind) && on.sees(kind.category())) {
                List<TimelineEntry> entries = timeline.read(kind, read);
                lists.add(kind == TimelineKind.COMMENT ? entries : entries.stream()
                        .map(entry -> entry.withAuthorRole(shownRole(on, entry.authorKey(), query.roles()))).toList());
            }
        }
        TimelinePage page = Timeline.merge(lists, query).removableBy(on.actorKey());
        if (page.entries().stream().anyMatch(entry -> entry.category() == DataCategory.HEALTH)) {
            // an excerpt of a comment on the condition page is health data shown
            guard.healthRead(on, ConsentCategory.HEALTH);
        }
        return page;
    }

    /**
     * What others did on the case after {@code afterDay} (the center coach's "since my last visit"), per kind the viewer
     * may see — comments only on pages and of categories they see, as on the timeline —, each with how many there are
     * and the newest {@code limit}: at most two statements per kind (accommodation steps three) and the commented pages,
     * whatever the history. Health comments shown are audited as a health read, as on the timeline.
     */
    public Map<TimelineKind, RecentEntries> since(GuardedCase on, java.time.LocalDate afterDay, int limit) {
        guard.require(on, DataCategory.CASE, VIEW);
        Set<DataCategory> commentCategories = PAGE_CATEGORIES.stream().filter(on::sees).collect(Collectors.toSet());
        boolean readsComments = !commentCategories.isEmpty();
        TimelineRead read = new TimelineRead(on.caseId(), null, Visibility.anyone(), Visibility.anyone(),
                readsComments ? Visibility.only(visiblePages(on)) : Visibility.nobody(),
                Visibility.only(commentCategories), limit);
        TimelineStore.Since since = new TimelineStore.Since(afterDay, on.actorKey());
        Map<TimelineKind, RecentEntries> changes = new java.util.EnumMap<>(TimelineKind.class);
        for (TimelineKind kind : TimelineKind.values()) {
            if (kind == TimelineKind.COMMENT ? readsComments : on.sees(kind.category())) {
                changes.put(kind, timeline.recent(kind, read, since));
            }
        }
        RecentEntries comments = changes.get(TimelineKind.COMMENT);
        if (comments != null && comments.newest().stream().anyMatch(entry -> entry.category() == DataCategory.HEALTH)) {
            guard.healthRead(on, ConsentCategory.HEALTH);
        }
        return changes;
    }

    /**
     * Takes the viewer's own comment off the case's timeline. The excerpt is a copy, and Confluence does not tell
     * the plugin when a comment is edited or deleted (only its creation event is declared): its author removes the
     * copy here. Audited as a delete, without the text.
     *
     * @throws NotFoundException when the viewer wrote no such comment on this case
     */
    public void removeOwnComment(long caseId, long commentId) {
        GuardedCase on = guard.require(caseId, DataCategory.CASE, VIEW);
        writes.run(() -> {
            if (timeline.removeComment(caseId, commentId, on.actorKey()) == 0) {
                throw new NotFoundException("comment " + commentId + " by the viewer on case " + caseId);
            }
            audit.record(on, AuditAction.DELETE, DataCategory.CASE, COMMENT_RECORD, commentId, List.of("excerpt"));
            return null;
        });
    }

    /**
     * The commented pages of the case that the viewer may view: one statement (a row per page), then one check by the
     * host for them all. As many as the case's tree has pages with comments: the IN list the comments are read with
     * is bounded by the tree, not by the history.
     */
    private Set<Long> visiblePages(GuardedCase on) {
        return pages.viewablePageIds(on.actorKey(), timeline.commentedPages(on.caseId()));
    }

    private static Set<DataCategory> pageCategories() {
        Set<DataCategory> categories = EnumSet.of(DataCategory.CASE);
        Arrays.stream(CasePageKind.values()).map(CasePageKind::category).forEach(categories::add);
        return Collections.unmodifiableSet(categories);
    }

    /** The team members in one of {@code roles}; anyone when no role is chosen. */
    private static Visibility<String> authorsWith(GuardedCase on, Set<CaseRole> roles) {
        if (roles.isEmpty()) {
            return Visibility.anyone();
        }
        return Visibility.only(on.team().members().stream().filter(member -> roles.contains(member.role()))
                .map(TeamMember::userKey).collect(Collectors.toSet()));
    }

    /**
     * The role an author is shown with: of their roles on the case, one the viewer filters by if any, else the
     * first in role order; none for someone not on the team.
     */
    private static CaseRole shownRole(GuardedCase on, String authorKey, Set<CaseRole> wanted) {
        Set<CaseRole> roles = authorKey == null ? Set.of() : on.team().rolesOf(authorKey);
        return roles.stream().min(Comparator.comparing((CaseRole role) -> !wanted.contains(role))
                .thenComparing(Comparator.naturalOrder())).orElse(null);
    }
}
