package jp.jobcoach.workspace.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;

/**
 * A missing page of a case as it is to be created: its title and its body in Confluence storage format, from the
 * plugin's template of that kind (templates/case-*.xml), in the language of the person creating it.
 */
public record CasePageDraft(CasePageKind kind, String title, String body) {
    /** Confluence refuses longer titles. */
    static final int TITLE_MAX = 255;
    static final String WORKER_NAME = "workerName";

    public static List<CasePageDraft> of(MissingPages missing, Messages messages, Locale locale) {
        Map<String, Object> variables = Map.of(WORKER_NAME, missing.workerName());
        return missing.kinds().stream().map(kind -> new CasePageDraft(kind,
                bounded(messages.text(locale, "jobcoach.page.title." + kind.slug(), missing.workerName())),
                PageTemplate.load("templates/case-" + kind.slug() + ".xml")
                        .fill(variables::get, key -> messages.text(locale, key)))).toList();
    }

    /** Cut at a whole character: a worker's name may be up to 255 characters on its own. */
    private static String bounded(String title) {
        return title.codePointCount(0, title.length()) <= TITLE_MAX ? title
                : title.substring(0, title.offsetByCodePoints(0, TITLE_MAX));
    }
}
