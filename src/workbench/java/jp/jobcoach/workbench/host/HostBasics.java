package jp.jobcoach.workbench.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import java.util.function.Supplier;

/** The two one-method SAL services: the base URL, and transactions over Active Objects' connection. */
public final class HostBasics {
    private HostBasics() {
    }

    /** The base URL is known only once Jetty has its port, hence the supplier. */
    public static ApplicationProperties applicationProperties(Supplier<String> baseUrl) {
        return new ApplicationProperties() {
            @Override
            public String getBaseUrl(UrlMode urlMode) {
                return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl.get();
            }

            @Override
            public String getDisplayName() {
                return "Job Coach Workbench";
            }
        };
    }

    public static TransactionTemplate transactionTemplate(ActiveObjects ao) {
        return new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> callback) {
                return ao.executeInTransaction(callback);
            }
        };
    }
}
