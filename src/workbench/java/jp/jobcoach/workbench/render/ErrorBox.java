package jp.jobcoach.workbench.render;

import jp.jobcoach.workbench.web.Html;

/** The inline AUI error message Confluence shows in place of a macro it cannot render. */
public final class ErrorBox {
    private ErrorBox() {
    }

    public static String html(String title, String message) {
        return "<div class=\"aui-message aui-message-error wb-render-error\"><p class=\"title\"><strong>" + Html.escape(title)
                + "</strong></p><p>" + Html.escape(message) + "</p></div>";
    }
}
