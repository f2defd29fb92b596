package jp.jobcoach.workspace.store;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A comment made on a page of a case's tree by a member of its team, as the timeline shows it: an excerpt (plain
 * text), never the body, and the data category of its page.
 * Read newest first per case, hence the (CASE_ID, CREATED_AT, COMMENT_ID) index (the timeline's order);
 * {@code COMMENT_ID} is unique so that an event delivered twice stores one row.
 */
@Preload
@Table("TL_COMMENT")
@Indexes(@Index(name = "case_created", methodNames = {"getCaseId", "getCreatedAt", "getCommentId"}))
public interface TimelineCommentEntity extends Entity {
    @NotNull
    long getCaseId();
    void setCaseId(long caseId);

    @NotNull
    @Indexed
    long getPageId();
    void setPageId(long pageId);

    @NotNull
    @Unique
    long getCommentId();
    void setCommentId(long commentId);

    String getAuthorKey();
    void setAuthorKey(String authorKey);

    /** Absent when the author is not on the case's team. */
    String getAuthorRole();
    void setAuthorRole(String authorRole);

    String getPageTitle();
    void setPageTitle(String pageTitle);

    @StringLength(450)
    String getExcerpt();
    void setExcerpt(String excerpt);

    @StringLength(450)
    String getUrl();
    void setUrl(String url);

    @NotNull
    Date getCreatedAt();
    void setCreatedAt(Date createdAt);

    /**
     * The data category of the case page the comment was made on (a {@code DataCategory} name); absent on rows
     * stored before comments carried it, which are read as HEALTH, the most guarded of the pages' categories.
     */
    String getCategory();
    void setCategory(String category);
}
