package jp.jobcoach.workbench.host;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.jobcoach.workbench.ao.EntityManagerActiveObjects;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.host.jobs.DatabaseScheduler;
import jp.jobcoach.workbench.render.VelocityTemplateRenderer;
import jp.jobcoach.workbench.web.Sessions;

/**
 * The workbench's implementations of the platform API, made once per process. {@link #all()} is what plugin
 * constructors can ask for (by type): the platform API only, so the plugin's own adapters of its ports run here as in
 * Confluence.
 */
public final class HostServices {
    private final EntityManagerActiveObjects ao;
    private final WorkbenchUserManager users = new WorkbenchUserManager();
    private final PageStore pages;
    private final PagePermissions permissions;
    private final BundleI18nResolver i18n;
    private final SynchronousEventPublisher events = new SynchronousEventPublisher();
    private final DatabaseScheduler scheduler;
    private final DatabaseClusterLocks locks;
    private final PerRequestPageBuilder pageBuilder = new PerRequestPageBuilder();
    private final Inbox inbox;
    private final WorkbenchMailServer mailServer;
    private final Sessions sessions;
    private final Supplier<String> baseUrl;
    private final VelocityTemplateRenderer templates;

    /**
     * @param bundles        the plugin's i18n bundles
     * @param velocityAllowlist what the plugin's templates may call (its {@code <velocity-allowlist>} modules)
     * @param mailServer     whether an outgoing mail server is set up (without one, mail goes nowhere)
     */
    public HostServices(Database database, EntityManagerActiveObjects ao, List<String> bundles, Set<String> velocityAllowlist,
                        Supplier<String> baseUrl, String nodeId, boolean mailServer) {
        this.ao = ao;
        this.pages = new PageStore(database);
        this.permissions = new PagePermissions(database, pages);
        this.i18n = new BundleI18nResolver(bundles);
        this.scheduler = new DatabaseScheduler(database, System::currentTimeMillis);
        this.locks = new DatabaseClusterLocks(database, nodeId);
        this.inbox = new Inbox(database);
        this.mailServer = new WorkbenchMailServer(mailServer);
        this.sessions = new Sessions(database);
        this.baseUrl = baseUrl;
        this.templates = new VelocityTemplateRenderer(velocityAllowlist);
    }

    public List<Object> all() {
        return List.of(ao, users, pages, permissions, new WorkbenchContentPermissions(permissions), i18n, events, scheduler,
                locks, templates, pageBuilder, mailServer,
                new MailQueue(inbox, mailServer), HostBasics.applicationProperties(baseUrl), HostBasics.transactionTemplate(ao));
    }

    public PageStore pages() {
        return pages;
    }

    public BundleI18nResolver i18n() {
        return i18n;
    }

    public PagePermissions permissions() {
        return permissions;
    }

    public SynchronousEventPublisher events() {
        return events;
    }

    public DatabaseScheduler scheduler() {
        return scheduler;
    }

    public Inbox inbox() {
        return inbox;
    }

    public Sessions sessions() {
        return sessions;
    }

    public PerRequestPageBuilder pageBuilder() {
        return pageBuilder;
    }
}
