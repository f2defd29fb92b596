package jp.jobcoach.workspace.web.rest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import jakarta.ws.rs.core.Response;
import jp.jobcoach.workspace.service.ServiceTestSupport;
import jp.jobcoach.workspace.testhost.TestHost;
import jp.jobcoach.workspace.web.view.Views;
import org.junit.Before;

/** Resources over the real services on the test database, with messages from the real bundles. */
public abstract class RestTestSupport extends ServiceTestSupport {
    private static final Map<String, Properties> BUNDLES = Map.of(
            "en", load("i18n/jobcoach.properties"), "ja", load("i18n/jobcoach_ja.properties"));

    protected ErrorResponses errors;
    /** Views for the test's user, on a site at {@code /confluence}, for resources that render a view's part. */
    protected Views views;

    @Before
    public final void wireErrors() {
        errors = new ErrorResponses(RestTestSupport::fromBundles, user);
        views = new Views(RestTestSupport::fromBundles, user, people, () -> "/confluence", TestHost.TEMPLATES);
    }

    protected static JsonObject body(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    /** The field of the first error of a 400 answer. */
    protected static String firstErrorField(Response response) {
        return body(response).getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString();
    }

    /** The real bundles, formatted the way SAL's I18nResolver does. */
    public static String fromBundles(Locale locale, String key, Serializable... args) {
        Properties bundle = BUNDLES.get(locale.getLanguage());
        return new MessageFormat(bundle.getProperty(key, key), locale).format(args);
    }

    private static Properties load(String path) {
        try (var reader = Files.newBufferedReader(Path.of(path))) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
