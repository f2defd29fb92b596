package jp.jobcoach.workspace.web.rest.representation;

import java.util.List;
import jp.jobcoach.workspace.service.AccommodationService.ReviewedList;

/** {@code GET /cases/{id}/accommodations}: each stored accommodation with whether its review is due. */
public record AccommodationListRepresentation(List<Reviewed> accommodations) {

    public static AccommodationListRepresentation from(ReviewedList list) {
        return new AccommodationListRepresentation(list.all().stream().map(stored -> new Reviewed(stored.id(),
                stored.caseId(), stored.version(), AccommodationRepresentation.from(stored.value()),
                list.dueIds().contains(stored.id()))).toList());
    }

    /** A stored accommodation plus {@code reviewDue}: a planned review date has come with no review since. */
    public record Reviewed(long id, long caseId, int version, AccommodationRepresentation value, boolean reviewDue) {
    }
}
