package jp.jobcoach.workbench;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import jp.jobcoach.workbench.ao.AoModule;
import jp.jobcoach.workbench.ao.ActiveObjectsFactory;
import jp.jobcoach.workbench.blueprint.BlueprintRunner;
import jp.jobcoach.workbench.ao.EntityManagerActiveObjects;
import jp.jobcoach.workbench.db.Database;
import jp.jobcoach.workbench.db.WorkbenchSchema;
import jp.jobcoach.workbench.demo.DemoSeeder;
import jp.jobcoach.workbench.host.DemoUsers;
import jp.jobcoach.workbench.host.HostServices;
import jp.jobcoach.workbench.host.WorkbenchUser;
import jp.jobcoach.workbench.plugin.ComponentIndex;
import jp.jobcoach.workbench.plugin.PluginContainer;
import jp.jobcoach.workbench.plugin.PluginDescriptor;
import jp.jobcoach.workbench.plugin.PluginModules;
import jp.jobcoach.workbench.render.StorageFormatRenderer;
import jp.jobcoach.workbench.web.Site;
import jp.jobcoach.workbench.web.WebServer;

/**
 * The workbench: runs the plugin's real classes (learned from atlassian-plugin.xml and the Spring Scanner index)
 * on an embedded or external database, without Confluence. {@link #start} returns the running instance.
 */
public final class Workbench implements AutoCloseable {
    private final Database database;
    private final HostServices host;
    private final PluginContainer plugin;
    private final WebServer web;
    private final Site site;
    private final String baseUrl;
    private boolean closed;

    private Workbench(Database database, HostServices host, PluginContainer plugin, WebServer web, Site site, String baseUrl) {
        this.database = database;
        this.host = host;
        this.plugin = plugin;
        this.web = web;
        this.site = site;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        try {
            WorkbenchConfig config = CommandLine.parse(args);
            long started = System.nanoTime();
            Workbench workbench = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "workbench-shutdown"));
            printReady(workbench, (System.nanoTime() - started) / 1_000_000);
        } catch (Database.DatabaseUnreachable | CommandLine.BadArguments e) {
            System.err.println("[workbench] " + e.getMessage());
            System.exit(2);
        }
    }

    public static Workbench start(WorkbenchConfig config) {
        resetIfAsked(config);
        Database database = new Database(config.effectiveDbUrl(), config.effectiveDbUser(), config.dbPassword);
        try {
            return start(config, database);
        } catch (RuntimeException e) {
            // a start that fails half-way (a plugin component that throws, a port in use) leaves no pool behind
            database.close();
            throw e;
        }
    }

    private static Workbench start(WorkbenchConfig config, Database database) {
        boolean newDatabase = WorkbenchSchema.createIfMissing(database);
        PluginDescriptor descriptor = PluginDescriptor.fromResource(config.descriptor);
        AoModule aoModule = new AoModule(database, descriptor);
        EntityManagerActiveObjects ao = ActiveObjectsFactory.create(database, aoModule.namespace());
        String[] baseUrl = {""};
        HostServices host = new HostServices(database, ao, descriptor.i18nBundles(), descriptor.velocityAllowlist(), () -> baseUrl[0], "node-" + UUID.randomUUID(),
                config.mailServer);
        PluginContainer plugin = new PluginContainer(host.all(), ComponentIndex.componentClasses(descriptor),
                ComponentIndex.lifecycleExports(descriptor));
        aoModule.migrateAndUpgrade(ao, plugin::module);
        PluginModules modules = new PluginModules(descriptor);
        plugin.start(modules.moduleClasses());
        if (newDatabase && config.seedDemo) {
            new DemoSeeder(host.pages(), host.permissions()).seed(plugin, descriptor.pluginKey());
        }
        host.scheduler().start();
        Site site = site(host, modules, plugin);
        WebServer web = new WebServer(config.bind, config.port, site, modules.rest(), modules.servlets(), plugin::module);
        web.start();
        baseUrl[0] = "http://" + (config.bind.equals("0.0.0.0") ? "localhost" : config.bind) + ":" + web.port();
        return new Workbench(database, host, plugin, web, site, baseUrl[0]);
    }

    private static Site site(HostServices host, PluginModules modules, PluginContainer plugin) {
        var macroClasses = modules.macros();
        StorageFormatRenderer renderer = new StorageFormatRenderer(
                name -> Optional.ofNullable(macroClasses.get(name)).map(type -> (Macro) plugin.module(type)),
                (spaceKey, title) -> host.pages().pageByTitle(spaceKey, title).map(page -> "/pages/" + page.getId()));
        BlueprintRunner blueprints = new BlueprintRunner(modules.blueprints(), modules.contentTemplates(), host.pages(), host.i18n(), plugin::module);
        return new Site(host.pages(), host.permissions(), renderer, host.events(), host.inbox(), host.sessions(), modules.webResources(),
                host.pageBuilder(), blueprints, host.scheduler());
    }

    public int port() {
        return web.port();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A plugin component or host service, for tests and for the integrator's demo seeding. */
    public <T> T component(Class<T> type) {
        return plugin.get(type);
    }

    public HostServices host() {
        return host;
    }

    /** What renders a page body with the plugin's macros, as the page view does: for the macro benchmark. */
    public StorageFormatRenderer pageRenderer() {
        return site.renderer();
    }

    /** The database the workbench runs on: its pool, and what the pool counts. */
    public Database database() {
        return database;
    }

    /** Stops in the reverse order of start: web, scheduler, plugin (onStop, destroy), then the database and its pool; once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        web.stop();
        host.scheduler().stop();
        plugin.stop();
        database.close();
    }

    private static void resetIfAsked(WorkbenchConfig config) {
        if (!config.reset || !Files.exists(config.dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(config.dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot reset " + config.dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void printReady(Workbench workbench, long millis) {
        StringBuilder out = new StringBuilder("\nJob Coach Workbench ready in " + millis + " ms: " + workbench.baseUrl() + "/\n"
                + "Sign in at " + workbench.baseUrl() + "/switcher as one of (local development only, no passwords):\n");
        for (WorkbenchUser user : DemoUsers.ALL) {
            out.append(String.format("  %-18s %-10s %s%n", user.username(), user.fullName(), user.role()));
        }
        System.out.println(out.append("Ctrl-C stops it.").toString());
    }
}
