package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A calendar feed (subscription) of one person: of one case, or of all their cases ({@code CASE_ID} null). The secret
 * token is never stored: {@code TOKEN_HASH} is its SHA-256 (hex), unique, which a fetch looks the feed up by.
 * Revoked feeds keep their row (revoked, never served again) for the audit trail. Listed per owner, hence the index.
 */
@Preload
@Table("CAL_FEED")
public interface CalendarFeedEntity extends Entity {
    @NotNull
    @Indexed
    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    Long getCaseId();
    void setCaseId(Long caseId);

    @NotNull
    @Unique
    String getTokenHash();
    void setTokenHash(String tokenHash);

    /** {@code INITIALS} or {@code FULL_NAME} (domain/calendar/FeedNames). */
    @NotNull
    String getNames();
    void setNames(String names);

    String getLabel();
    void setLabel(String label);

    /** The owner's language tag when they made it, e.g. {@code ja}. */
    String getLocale();
    void setLocale(String locale);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    Date getRevokedAt();
    void setRevokedAt(Date revokedAt);

    Date getLastFetchedAt();
    void setLastFetchedAt(Date lastFetchedAt);

    /** The day (ISO) the feed's fetches were last audited: at most one audit entry per case and day. */
    String getAuditedDay();
    void setAuditedDay(String auditedDay);

    @NotNull
    int getVersion();
    void setVersion(int version);
}
