package jp.jobcoach.workspace.web.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.jobcoach.workspace.domain.Tombstone;

/**
 * What is left of a deleted case: its id, who deleted it (key and name; {@code jobcoach:retention} for the job),
 * when and why (a person's words, or {@code retention:<years>}).
 */
public record TombstoneRepresentation(long caseId, String deletedByKey, String deletedByName, Instant deletedAt,
                                      String reason) {
    public static TombstoneRepresentation from(Tombstone tombstone, Function<String, String> nameOf) {
        String name = Tombstone.RETENTION.equals(tombstone.actorKey()) ? null : nameOf.apply(tombstone.actorKey());
        return new TombstoneRepresentation(tombstone.caseId(), tombstone.actorKey(), name, tombstone.deletedAt(),
                tombstone.reason());
    }

    /** {@code GET /deletions}: the newest tombstones first. */
    public record Page(List<TombstoneRepresentation> deletions) {
        public static Page from(List<Tombstone> tombstones, Function<String, String> nameOf) {
            return new Page(Mapping.list(tombstones, tombstone -> TombstoneRepresentation.from(tombstone, nameOf)));
        }
    }
}
