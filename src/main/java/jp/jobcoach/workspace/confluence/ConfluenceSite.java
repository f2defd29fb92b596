package jp.jobcoach.workspace.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.jobcoach.workspace.port.Site;

/** The {@link Site} port over SAL: the base URL relative to the server, which is Confluence's context path. */
@Named
public class ConfluenceSite implements Site {
    private final ApplicationProperties application;

    @Inject
    public ConfluenceSite(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public String basePath() {
        return application.getBaseUrl(UrlMode.RELATIVE);
    }
}
