package jp.jobcoach.workspace.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.util.Locale;
import java.util.Optional;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Test;

public class CaseHomeContextProviderTest {
    private Locale locale = Locale.ENGLISH;
    private final CaseHomeContextProvider provider = new CaseHomeContextProvider(RestTestSupport::fromBundles, new CurrentUser() {
        @Override
        public Optional<String> userKey() {
            return Optional.of("kato.rie");
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public boolean isAdministrator() {
            return false;
        }
    });

    /** A context as a host gives it, remembering the title the provider sets. */
    private static final class Context extends BlueprintContext {
        String title;

        Context(String worker, String department, String leaveStart, String returnDate) {
            put("workerName", worker);
            put("department", department);
            put("leaveStart", leaveStart);
            put("returnDate", returnDate);
        }

        @Override
        public void setTitle(String title) {
            this.title = title;
        }
    }

    @Test
    public void validInputSetsTheVariablesAndTheTitle() {
        Context context = new Context("  山田 太郎 ", "物流部", "2025-10-01", "2026-04-01");
        assertEquals(context, provider.updateBlueprintContext(context));
        assertEquals("山田 太郎", context.get("workerName"));
        assertEquals("物流部", context.get("department"));
        assertEquals("2025-10-01", context.get("leaveStart"));
        assertEquals("2026-04-01", context.get("returnDate"));
        assertEquals("Case: 山田 太郎", context.title);
    }

    @Test
    public void optionalFieldsMayBeBlankAndTheTitleFollowsTheUsersLanguage() {
        locale = Locale.JAPANESE;
        Context context = new Context("山田 太郎", "", "", null);
        provider.updateBlueprintContext(context);
        assertEquals("", context.get("department"));
        assertEquals("", context.get("returnDate"));
        assertEquals("支援ケース：山田 太郎", context.title);
    }

    @Test
    public void invalidInputIsRefusedWithTranslatedErrorsAndNoTitle() {
        Context context = new Context(" ", "物流部", "2026-04-01", "2025-10-01");
        CaseWizardException refused = assertThrows(CaseWizardException.class, () -> provider.updateBlueprintContext(context));
        assertTrue(refused.getMessage(), refused.getMessage().contains("Worker is required."));
        assertTrue(refused.getMessage(), refused.getMessage().contains("Return-to-work date must not be before Leave start date."));
        assertNull(context.title);

        locale = Locale.JAPANESE;
        Context notADate = new Context("山田", "", "2025/13/40", "");
        refused = assertThrows(CaseWizardException.class, () -> provider.updateBlueprintContext(notADate));
        assertTrue(refused.getMessage(), refused.getMessage().contains("「2025/13/40」は日付ではありません"));
    }

    @Test
    public void withoutAWizardTheVariablesAreEmptyAndTheUserNamesThePage() {
        Context context = new Context(null, null, null, null);
        provider.updateBlueprintContext(context);
        assertNull("Confluence's editor asks for the title", context.title);
        assertEquals("", context.get("workerName"));
        assertEquals("", context.get("returnDate"));
    }
}
