package jp.jobcoach.workspace.web.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.domain.VisitRecord;
import jp.jobcoach.workspace.domain.timeline.RecentEntries;
import jp.jobcoach.workspace.domain.timeline.TimelineEntry;
import jp.jobcoach.workspace.domain.timeline.TimelineKind;
import jp.jobcoach.workspace.service.CasePageService.CasePage;
import jp.jobcoach.workspace.service.CasePanelService.CasePanel;
import jp.jobcoach.workspace.service.CasePanelService.SinceLastVisit;

/**
 * "Since your last visit" at the top of the case panel, for a center coach ({@code case-since.vm}): the partner's
 * hand-over, and per kind of record the viewer sees how many came after their last visit, by others, with links to
 * the newest. Visits and the timeline live on the schedule page, interviews and plan revisions on their pages,
 * accommodations on this panel; a comment links to itself.
 */
final class SinceVisitView {
    private SinceVisitView() {
    }

    static Map<String, Object> model(ViewContext view, CasePanel data) {
        ViewText text = view.text();
        SinceLastVisit since = data.sinceLastVisit();
        if (!since.applies()) {
            return Map.of();
        }
        if (since.lastVisit() == null) {
            return Map.of("intro", text.message("jobcoach.web.since.no-visit-yet"), "parts", List.of(), "handOver", Map.of(),
                    "nothing", false);
        }
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Map.Entry<TimelineKind, RecentEntries> part : since.changes().entrySet()) {
            if (part.getValue().count() == 0) {
                continue;
            }
            TimelineKind kind = part.getKey();
            parts.add(Map.of("label", text.message("jobcoach.web.since.count." + kind.name().toLowerCase().replace('_', '-'),
                            part.getValue().count()),
                    "links", part.getValue().newest().stream().map(entry -> link(view, data, entry)).toList()));
        }
        return Map.of("intro", text.message("jobcoach.web.since.intro", text.day(since.lastVisit())), "parts", parts,
                "handOver", handOver(text, since.handOver()), "nothing", parts.isEmpty());
    }

    private static Map<String, Object> handOver(ViewText text, Optional<jp.jobcoach.workspace.domain.Stored<VisitRecord>> handOver) {
        return handOver.<Map<String, Object>>map(stored -> Map.of("heading", text.message("jobcoach.web.visits.hand-over-from",
                text.day(stored.value().date()), stored.value().coachKeys().stream().map(text::person)
                        .collect(Collectors.joining(", "))), "text", stored.value().handOver())).orElse(Map.of());
    }

    /** The entry by its day and title, and where it opens (empty: no link, e.g. a page the viewer cannot open). */
    private static Map<String, Object> link(ViewContext view, CasePanel data, TimelineEntry entry) {
        ViewText text = view.text();
        String when = entry.kind() == TimelineKind.COMMENT ? text.when(entry.at())
                : text.day(LocalDate.ofInstant(entry.at(), ZoneOffset.UTC));
        String title = entry.kind() == TimelineKind.COMMENT ? entry.title() : TimelineView.title(text, entry);
        String author = entry.authorKey() == null ? "" : text.person(entry.authorKey());
        return Map.of("text", when + " " + (title == null ? "" : title), "author", author, "url", url(view, data, entry));
    }

    private static String url(ViewContext view, CasePanel data, TimelineEntry entry) {
        return switch (entry.kind()) {
            case VISIT -> page(view, data, CasePageKind.SCHEDULE).map(url -> url + "#" + OlderRecords.anchor("visit",
                    entry.sourceId())).orElse("");
            case INTERVIEW -> page(view, data, CasePageKind.INTERVIEWS).map(url -> url + "#" + OlderRecords.anchor("interview",
                    entry.sourceId())).orElse("");
            case PLAN_CHANGE -> page(view, data, CasePageKind.PLAN).orElse("");
            case TASK_SESSION -> page(view, data, CasePageKind.TASK_ANALYSIS).orElse("");
            case ACCOMMODATION_STEP -> "#jobcoach-case-accommodations";
            case COMMENT -> entry.link() == null ? "" : entry.link();
        };
    }

    private static Optional<String> page(ViewContext view, CasePanel data, CasePageKind kind) {
        return data.pages().stream().filter(page -> page.kind() == kind && page.link() != null).findFirst()
                .map(CasePage::link).map(link -> view.sitePath(link.url()));
    }
}
