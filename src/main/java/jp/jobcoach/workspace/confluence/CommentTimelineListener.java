package jp.jobcoach.workspace.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.Instant;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.service.TimelineService.NewComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Puts comments made on any page of a case's tree on that case's timeline ({@link TimelineService#recordComment}:
 * by members of its team only, in the data category of the page). Runs in the thread that saves the
 * comment, so it does a few constant-cost lookups and one insert, and never lets a failure of ours reach the
 * person commenting: it logs and lets the comment through.
 */
@Named
public class CommentTimelineListener implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(CommentTimelineListener.class);

    private final EventPublisher events;
    private final TimelineService timeline;
    private final ApplicationProperties application;
    private final TimeSource time;

    @Inject
    public CommentTimelineListener(@ComponentImport EventPublisher events, TimelineService timeline,
                                   @ComponentImport ApplicationProperties application, TimeSource time) {
        this.events = events;
        this.timeline = timeline;
        this.application = application;
        this.time = time;
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
    }

    @EventListener
    public void onCommentCreated(CommentCreateEvent event) {
        try {
            Comment comment = event.getComment();
            ContentEntityObject container = comment == null ? null : comment.getContainer();
            // case trees are pages; comments on blog posts and other content belong to no case
            if (container instanceof Page page) {
                timeline.recordComment(facts(comment, page));
            }
        } catch (RuntimeException failure) {
            LOG.warn("Comment not added to a case timeline", failure);
        }
    }

    /** The link keeps Confluence's context path (getUrlPath has none), so it works from any page and in exports. */
    private NewComment facts(Comment comment, Page page) {
        ConfluenceUser author = comment.getCreator();
        String authorKey = author == null || author.getKey() == null ? null : author.getKey().getStringValue();
        Instant at = comment.getCreationDate() == null ? time.now() : comment.getCreationDate().toInstant();
        return new NewComment(comment.getId(), page.getId(), page.getTitle(), authorKey, comment.getBodyAsString(),
                application.getBaseUrl(UrlMode.RELATIVE) + comment.getUrlPath(), at);
    }
}
