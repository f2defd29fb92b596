package jp.jobcoach.workspace.confluence.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import jp.jobcoach.workspace.port.CurrentUser;
import jp.jobcoach.workspace.port.TimeSource;
import jp.jobcoach.workspace.web.rest.RestTestSupport;
import org.junit.Test;

public class CaseHomeContextProviderTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
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

        /** The creator's own zone, which the title's time is in (the server's is UTC). */
        @Override
        public ZoneId zone() {
            return TOKYO;
        }

        @Override
        public boolean isAdministrator() {
            return false;
        }
    }, new TimeSource() {
        @Override
        public Instant now() {
            return Instant.parse("2026-04-01T00:30:05Z");
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 4, 1);
        }

        @Override
        public ZoneId zone() {
            return java.time.ZoneOffset.UTC;
        }
    });

    /** A context as a host gives it, remembering the title the provider sets. */
    private static final class Context extends BlueprintContext {
        String title;

        @Override
        public void setTitle(String title) {
            this.title = title;
        }
    }

    @Test
    public void theHomePageGetsANeutralTitleInTheUsersLanguageAndTimeZone() {
        Context context = new Context();
        assertEquals(context, provider.updateBlueprintContext(context));
        assertEquals("New support case 2026-04-01 09:30:05", context.title);

        locale = Locale.JAPANESE;
        provider.updateBlueprintContext(context);
        assertEquals("新しい支援ケース 2026-04-01 09:30:05", context.title);
    }

    @Test
    public void whatAWizardMightSendOfTheWorkerIsNotPassedToTheTemplate() {
        Context context = new Context();
        context.put("somethingElse", "kept as the host gave it");
        provider.updateBlueprintContext(context);
        assertNull(context.get("workerName"));
        assertNull(context.get("department"));
        assertEquals("kept as the host gave it", context.get("somethingElse"));
    }
}
