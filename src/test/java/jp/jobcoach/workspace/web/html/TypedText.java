package jp.jobcoach.workspace.web.html;

/**
 * What the templates make of text someone typed, inline ({@code #jcTyped}): escaped, and isolated in {@code <bdi>}
 * so that a right-to-left override inside it cannot reorder the text around it. Tests look for it in the output.
 */
public final class TypedText {
    private TypedText() {
    }

    public static String shown(String typed) {
        return "<bdi>" + Html.text(typed) + "</bdi>";
    }
}
