package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per write of a versioned record: {@code CLAIM_KEY} ("case:12:3", record, id and new version) is unique,
 * so of two writes from the same version only one can commit (docs/decisions.md #6). Every versioned write of the
 * plugin claims here (store/VersionClaims).
 */
@Table("VERSION_CLAIM")
public interface VersionClaimEntity extends Entity {
    @NotNull
    @Unique
    String getClaimKey();
    void setClaimKey(String claimKey);
}
