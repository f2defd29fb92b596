package jp.jobcoach.workspace.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import jp.jobcoach.workspace.domain.CaseNumber;
import jp.jobcoach.workspace.domain.CasePageKind;
import jp.jobcoach.workspace.port.Messages;
import jp.jobcoach.workspace.service.CasePageService.MissingPages;

/**
 * A missing page of a case as it is to be created: its body in Confluence storage format, from the plugin's
 * template of that kind (templates/case-*.xml), and the titles to try in order, in the language of the person
 * creating it.
 *
 * <p>Titles are unique in a Confluence space, and a worker's second case, or a colleague of the same name, finds
 * the plain title taken by another case's page; the numbered titles after it ("… (2)") let the page be made
 * anyway, as Confluence itself numbers copies, rather than asking the user to rename the other case's page.
 */
public record CasePageDraft(CasePageKind kind, List<String> titles, String body) {
    /** Confluence refuses longer titles. */
    static final int TITLE_MAX = 255;
    /** The plain title and the numbered ones up to "(5)": enough for a worker's repeated leaves. */
    static final int TITLES = 5;
    static final String CASE_NAME = "caseName";
    private static final String NUMBERED = "jobcoach.page.title.numbered";
    private static final String NUMBER_NAME = "jobcoach.page.title.case-number";
    private static final String HOME_NAMED = "jobcoach.page.title.home";

    public static List<CasePageDraft> of(MissingPages missing, Messages messages, Locale locale) {
        String caseName = caseName(missing.number(), missing.workerName(), messages, locale);
        Map<String, Object> variables = Map.of(CASE_NAME, caseName);
        return missing.kinds().stream().map(kind -> new CasePageDraft(kind,
                titles(messages.text(locale, "jobcoach.page.title." + kind.slug(), caseName), messages, locale),
                PageTemplate.load("templates/case-" + kind.slug() + ".xml")
                        .fill(variables::get, key -> messages.text(locale, key)))).toList();
    }

    /**
     * What a case's page titles and bodies call it: the worker's name where it was chosen (given only then), else its
     * neutral number, "Support case 2026-0007" (docs/decisions.md #16).
     */
    public static String caseName(CaseNumber number, String workerName, Messages messages, Locale locale) {
        return workerName != null ? workerName : messages.text(locale, NUMBER_NAME, number.text());
    }

    /**
     * The title the start form gives the case's home page once the case has its number, in place of the blueprint's
     * provisional one: "Support case 2026-0007", or "Case: name" where names were chosen.
     */
    public static String homeTitle(CaseNumber number, String workerName, Messages messages, Locale locale) {
        return workerName != null ? cut(messages.text(locale, HOME_NAMED, workerName), TITLE_MAX)
                : caseName(number, null, messages, locale);
    }

    /** The title to try first. */
    public String title() {
        return titles.get(0);
    }

    private static List<String> titles(String title, Messages messages, Locale locale) {
        return IntStream.rangeClosed(1, TITLES).mapToObj(number -> number == 1 ? cut(title, TITLE_MAX)
                : numbered(title, String.valueOf(number), messages, locale)).toList();
    }

    /** The title gives way when it and the number are too long together: the number is what tells them apart. */
    private static String numbered(String title, String number, Messages messages, Locale locale) {
        String full = messages.text(locale, NUMBERED, title, number);
        int over = full.codePointCount(0, full.length()) - TITLE_MAX;
        return over <= 0 ? full : messages.text(locale, NUMBERED, cut(title, title.codePointCount(0, title.length()) - over), number);
    }

    /** At most {@code most} characters, cut at a whole character: a worker's name may be 255 characters on its own. */
    private static String cut(String title, int most) {
        return title.codePointCount(0, title.length()) <= most ? title : title.substring(0, title.offsetByCodePoints(0, most));
    }
}
