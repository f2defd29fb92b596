package jp.jobcoach.workspace.web.rest.representation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.calendar.CalendarItem;
import jp.jobcoach.workspace.domain.calendar.VisitBy;

/**
 * {@code GET /cases/{id}/calendar?from=&to=}: the case's dated items that the viewer may see, in calendar order. An
 * item's {@code qualifiers} are the names of the fixed values that complete its neutral title (a plan phase, which
 * coach of the pair, the kind of visit, a step planned or lifted); {@code detail} is the product-only free text (an
 * accommodation's title), absent when there is none; {@code link} is where its record shows, absent when the viewer
 * cannot open that page.
 */
public record CalendarRepresentation(LocalDate from, LocalDate to, List<Item> items) {

    public static CalendarRepresentation from(LocalDate from, LocalDate to, List<CalendarItem> items,
                                              Map<String, String> links, Function<String, String> displayName) {
        return new CalendarRepresentation(from, to, Mapping.list(items, item -> Item.from(item, links.get(item.uid()), displayName)));
    }

    /**
     * {@code {"uid", "caseId", "kind", "category", "date", "endDate", "startTime", "minutes", "by", "qualifiers",
     * "people": [{key, name}], "detail", "link", "record": {type, id}}}.
     */
    public record Item(String uid, long caseId, String kind, String category, LocalDate date, LocalDate endDate,
                       String startTime, Integer minutes, String by, List<String> qualifiers, List<PersonName> people,
                       String detail, String link, RecordRef record) {

        static Item from(CalendarItem item, String link, Function<String, String> displayName) {
            String by = item.qualifiers().stream().filter(VisitBy.class::isInstance).map(q -> ((VisitBy) q).name())
                    .findFirst().orElse(null);
            return new Item(item.uid(), item.caseId(), item.kind().name(), item.category().name(), item.date(),
                    item.endDate(), item.isTimed() ? item.startTime().toString() : null,
                    item.isTimed() ? (int) item.duration().toMinutes() : null, by,
                    item.qualifiers().stream().map(q -> ((Enum<?>) q).name()).toList(),
                    Mapping.list(item.peopleKeys(), key -> new PersonName(key, displayName.apply(key))), item.detail(), link,
                    new RecordRef(item.record().type(), item.record().id()));
        }
    }

    public record PersonName(String key, String name) {
    }

    public record RecordRef(String type, long id) {
    }
}
