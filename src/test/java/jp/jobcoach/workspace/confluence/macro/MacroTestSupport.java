package jp.jobcoach.workspace.confluence.macro;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.junit.Assert.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jp.jobcoach.workspace.confluence.ConfluenceSite;
import jp.jobcoach.workspace.service.ServiceTestSupport;
import jp.jobcoach.workspace.testhost.TestHost;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.web.view.ViewContext;
import jp.jobcoach.workspace.web.view.Views;
import org.junit.Before;

/** Macros over the real services on the test database; the host's context, base URL and page builder are mocked. */
public abstract class MacroTestSupport extends ServiceTestSupport {
    /** Every output type a macro meets: the page itself, the editor's preview, and the exports. */
    protected static final List<String> OUTPUT_TYPES = List.of("display", "preview", "pdf", "word", "email", "html_export");
    /** The languages of the bundles. */
    protected static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE);

    protected MacroSupport support;
    protected PageBuilderService pageBuilder;
    /** How the macros' views render for the test's user, on a site at {@code /confluence}. */
    protected Views views;

    @Before
    public final void wireMacroSupport() {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        views = new Views(RestTestSupport::fromBundles, user, people, new ConfluenceSite(application), TestHost.TEMPLATES);
        support = new MacroSupport(cases, user, pageBuilder, views);
    }

    /**
     * Static output (exports, mail) carries no control and no script: nothing there could run or be submitted.
     * Interactive output does carry the REST base its script needs.
     */
    protected static void assertControlsOnlyWhereInteractive(String outputType, String html) {
        boolean interactive = !ViewContext.isStatic(outputType);
        for (String control : List.of("<form", "<button", "<script", "data-jobcoach-rest")) {
            if (!interactive) {
                assertFalse(outputType + " output holds " + control, html.contains(control));
            }
        }
        assertFalse("no script element in any output", html.contains("<script"));
    }

    /** The calendar's services, wired to this test's stores. */
    protected jp.jobcoach.workspace.service.CalendarService calendarService() {
        return new jp.jobcoach.workspace.service.CalendarService(guard, new jp.jobcoach.workspace.store.CalendarStore(ao),
                new jp.jobcoach.workspace.store.CasePageStore(ao), pages);
    }

    protected jp.jobcoach.workspace.service.CalendarFeedService feedService() {
        return new jp.jobcoach.workspace.service.CalendarFeedService(guard, calendarService(),
                new jp.jobcoach.workspace.store.CalendarFeedStore(ao), auditLog,
                new jp.jobcoach.workspace.service.Writes(new jp.jobcoach.workspace.store.Transactions(ao) {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }), time, user, people);
    }

    /** The calendar macro, wired to this test's services. */
    protected ScheduleMacro scheduleMacro() {
        return new ScheduleMacro(support, calendarService(), feedService(), time);
    }

    /** The case panel macro, wired to this test's services. */
    protected CaseMacro caseMacro() {
        return new CaseMacro(support, panels);
    }

    /** The case panel as it renders on a page of the case's tree. */
    protected String renderCasePanel(String outputType) {
        return caseMacro().execute(Map.of(), "", onCasePage(outputType));
    }

    /** A page below the case's root page (see TestPages: 1234 hangs below 1000). */
    protected static ConversionContext onCasePage(String outputType) {
        return onPage(ROOT_PAGE + 234, outputType);
    }

    protected static ConversionContext onPage(long pageId, String outputType) {
        Page page = new Page();
        page.setId(pageId);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(page);
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
