package jp.jobcoach.workbench.web;

import com.atlassian.event.api.EventPublisher;
import java.util.List;
import jp.jobcoach.workbench.blueprint.BlueprintRunner;
import jp.jobcoach.workbench.host.Inbox;
import jp.jobcoach.workbench.host.PagePermissions;
import jp.jobcoach.workbench.host.PageStore;
import jp.jobcoach.workbench.host.PerRequestPageBuilder;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler;
import jp.jobcoach.workbench.plugin.PluginModules.WebResource;
import jp.jobcoach.workbench.render.StorageFormatRenderer;

/** What the workbench's own pages need from the host. */
public record Site(PageStore pages, PagePermissions permissions, StorageFormatRenderer renderer, EventPublisher events,
                   Inbox inbox, Sessions sessions, List<WebResource> webResources, PerRequestPageBuilder pageBuilder,
                   BlueprintRunner blueprints, DatabaseScheduler scheduler) {
}
