package jp.jobcoach.workspace.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.time.format.DateTimeFormatter;
import jakarta.inject.Inject;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.TimeSource;

/**
 * The case blueprint's context provider: gives the new home page a neutral title, "New support case" and the time
 * (titles are unique in a space), and nothing else. The page holds only the {@code jobcoach-case} macro, without
 * parameters: nothing of the worker is written into the page (docs/decisions.md #16). The start-the-case form on it
 * asks for the worker's details, opens the case, and gives the page the case's own title.
 *
 * <p>It deliberately opens no case: the home page does not exist yet when this runs, and a case needs its root
 * page (docs/decisions.md #9).
 */
public class CaseHomeContextProvider extends AbstractBlueprintContextProvider {
    private static final String TITLE_KEY = "jobcoach.blueprint.title.new";
    private static final DateTimeFormatter MINUTE_AND_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final CurrentUser currentUser;
    private final TimeSource time;

    @Inject
    public CaseHomeContextProvider(Messages messages, CurrentUser currentUser, TimeSource time) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.time = time;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        context.setTitle(messages.text(currentUser.locale(), TITLE_KEY,
                MINUTE_AND_SECOND.format(time.now().atZone(currentUser.zone()))));
        return context;
    }
}
