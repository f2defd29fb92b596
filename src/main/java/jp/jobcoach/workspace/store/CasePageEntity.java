package jp.jobcoach.workspace.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Which Confluence page holds which part of a case (its plan, its interviews, ...). The first filing of a slot
 * is claimed like a version (decision #6), so of two people creating the case's pages at once one is told;
 * {@code SLOT} (case id : kind) stays unique, so a case never holds two pages of one kind.
 */
@Preload
@Table("CASE_PAGE")
public interface CasePageEntity extends Entity {
    @NotNull
    @Unique
    String getSlot();
    void setSlot(String slot);

    @NotNull
    @Indexed
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    String getKind();
    void setKind(String kind);

    @NotNull
    long getPageId();
    void setPageId(long pageId);
}
