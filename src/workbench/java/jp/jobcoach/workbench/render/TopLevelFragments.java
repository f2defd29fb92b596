package jp.jobcoach.workbench.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a body that does not parse as a whole into its top-level fragments, so that one broken macro or
 * paragraph costs only itself. Like an HTML parser it treats an end tag as closing any unclosed elements opened
 * inside it; an element that is never closed runs to the end of the body.
 */
final class TopLevelFragments {
    private static final Pattern MARKUP = Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->|<(/?)([A-Za-z][\\w:.-]*)[^>]*?(/?)>", Pattern.DOTALL);

    private TopLevelFragments() {
    }

    static List<String> split(String body) {
        List<String> fragments = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher markup = MARKUP.matcher(body);
        int start = 0;
        while (markup.find()) {
            if (markup.group(2) == null) {
                continue;
            }
            if (open.isEmpty() && markup.start() > start) {
                fragments.add(body.substring(start, markup.start()));
                start = markup.start();
            }
            track(open, markup.group(2), !markup.group(1).isEmpty(), !markup.group(3).isEmpty());
            if (open.isEmpty()) {
                fragments.add(body.substring(start, markup.end()));
                start = markup.end();
            }
        }
        if (start < body.length()) {
            fragments.add(body.substring(start));
        }
        return fragments;
    }

    private static void track(Deque<String> open, String name, boolean closing, boolean selfClosing) {
        if (!closing) {
            if (!selfClosing) {
                open.push(name);
            }
            return;
        }
        if (open.contains(name)) {
            while (!open.pop().equals(name)) {
                // pops the elements left unclosed inside this one
            }
        }
    }
}
