package jp.jobcoach.workspace.web.view;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.port.People;
import jp.jobcoach.workspace.port.Site;
import jp.jobcoach.workspace.port.Templates;

/**
 * How views render for the person making the current request: in their language, times in the site's zone, links
 * below the site's base. Macros render whole views with it; a REST resource renders the part of a view that a
 * macro's script asks for (the timeline's next entries), so that both come from the one template.
 */
@Named
public class Views {
    private final Messages messages;
    private final CurrentUser currentUser;
    private final People people;
    private final Site site;
    private final Templates templates;

    @Inject
    public Views(Messages messages, CurrentUser currentUser, People people, Site site,
                 Templates templates) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.people = people;
        this.site = site;
        this.templates = templates;
    }

    /** @param interactive a page in a browser, as opposed to static output (exports, mail) */
    public ViewContext forViewer(boolean interactive) {
        ViewText text = new ViewText(messages, currentUser.locale(), currentUser.zone(), people);
        return new ViewContext(text, interactive, site.basePath(), templates);
    }
}
