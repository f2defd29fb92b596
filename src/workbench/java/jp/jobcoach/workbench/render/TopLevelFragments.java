package jp.jobcoach.workbench.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a body that does not parse as a whole into its top-level fragments by counting tags, so that one broken
 * macro or paragraph costs only itself. A fragment whose element never closes runs to the end of the body.
 */
final class TopLevelFragments {
    private static final Pattern MARKUP = Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->|<(/?)[A-Za-z][^>]*?(/?)>", Pattern.DOTALL);

    private TopLevelFragments() {
    }

    static List<String> split(String body) {
        List<String> fragments = new ArrayList<>();
        Matcher markup = MARKUP.matcher(body);
        int depth = 0;
        int start = 0;
        while (markup.find()) {
            if (markup.group(1) == null) {
                continue;
            }
            boolean closing = !markup.group(1).isEmpty();
            boolean selfClosing = !markup.group(2).isEmpty();
            if (depth == 0 && markup.start() > start && !closing) {
                fragments.add(body.substring(start, markup.start()));
                start = markup.start();
            }
            depth += closing ? -1 : selfClosing ? 0 : 1;
            if (depth <= 0) {
                depth = 0;
                fragments.add(body.substring(start, markup.end()));
                start = markup.end();
            }
        }
        if (start < body.length()) {
            fragments.add(body.substring(start));
        }
        return fragments;
    }
}
