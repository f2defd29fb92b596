package jp.jobcoach.workspace.confluence;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.confluence.pages.Comment;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.user.UserKey;
import java.util.Date;
import jp.jobcoach.workspace.service.TimelineService;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.service.TimelineService.NewComment;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class CommentTimelineListenerTest {
    private final EventPublisher events = mock(EventPublisher.class);
    private final TimelineService timeline = mock(TimelineService.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final CommentTimelineListener listener = new CommentTimelineListener(events, timeline, application, mock(TimeSource.class));

    @Test
    public void registersOnStartAndUnregistersOnDestroy() {
        listener.afterPropertiesSet();
        verify(events).register(listener);
        listener.destroy();
        verify(events).unregister(listener);
    }

    @Test
    public void handsTheCommentsFactsToTheTimelineWithALinkUnderConfluencesContextPath() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        listener.onCommentCreated(new CommentCreateEvent(this, comment(pageWithId(42))));

        ArgumentCaptor<NewComment> facts = ArgumentCaptor.forClass(NewComment.class);
        verify(timeline).recordComment(facts.capture());
        assertEquals(new NewComment(7, 42, "Interviews", "key-1", "<p>hi &amp; bye</p>",
                "/confluence" + pageWithId(42).getUrlPath() + "&focusedCommentId=7#comment-7", new Date(5_000).toInstant()), facts.getValue());
    }

    @Test
    public void aFailureNeverReachesTheCommentAndNonPagesAreIgnored() {
        when(timeline.recordComment(any())).thenThrow(new IllegalStateException("database down"));
        listener.onCommentCreated(new CommentCreateEvent(this, comment(pageWithId(42))));

        Comment onNothing = new Comment();
        listener.onCommentCreated(new CommentCreateEvent(this, onNothing));
        verify(timeline, never()).recordComment(new NewComment(0, 0, null, null, null, null, null));
    }

    private static Page pageWithId(long id) {
        Page page = new Page();
        page.setId(id);
        page.setTitle("Interviews");
        return page;
    }

    private static Comment comment(Page page) {
        ConfluenceUser author = mock(ConfluenceUser.class);
        when(author.getKey()).thenReturn(new UserKey("key-1"));
        Comment comment = new Comment();
        comment.setId(7);
        comment.setContainer(page);
        comment.setCreator(author);
        comment.setBodyAsString("<p>hi &amp; bye</p>");
        comment.setCreationDate(new Date(5_000));
        return comment;
    }
}
