package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.List;
import jp.jobcoach.workspace.web.html.Html;

/**
 * The markup every view shares, in AUI's class names (aui-message, aui-lozenge, aui-button, aui table) so it
 * looks native in Confluence, with our own classes beside them so jobcoach.css styles it where AUI is absent.
 * Arguments named {@code ...Text} are plain text and escaped here; those named {@code ...Html} are markup that
 * the caller already built from escaped parts.
 */
public final class Markup {
    private Markup() {
    }

    public static String message(String type, String messageText) {
        return "<div class=\"aui-message aui-message-" + attr(type) + " jobcoach-message\"><p>" + text(messageText)
                + "</p></div>";
    }

    public static String lozenge(String type, String labelText) {
        return "<span class=\"aui-lozenge aui-lozenge-" + attr(type) + " jobcoach-lozenge jobcoach-lozenge-" + attr(type)
                + "\">" + text(labelText) + "</span>";
    }

    public static String section(String titleText, String bodyHtml) {
        return "<section class=\"jobcoach-section\"><h3>" + text(titleText) + "</h3>" + bodyHtml + "</section>";
    }

    /** A label/value list; values are markup. */
    public static String definitions(List<String[]> labelTextAndValueHtml) {
        StringBuilder out = new StringBuilder("<dl class=\"jobcoach-dl\">");
        for (String[] row : labelTextAndValueHtml) {
            out.append("<dt>").append(text(row[0])).append("</dt><dd>").append(row[1]).append("</dd>");
        }
        return out.append("</dl>").toString();
    }

    public static String table(List<String> headerTexts, List<List<String>> rowsOfCellHtml) {
        StringBuilder out = new StringBuilder("<table class=\"aui jobcoach-table\"><thead><tr>");
        headerTexts.forEach(header -> out.append("<th scope=\"col\">").append(text(header)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rowsOfCellHtml) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(cell).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** Text someone typed, kept as one block with its line breaks (jobcoach.css: pre-wrap). */
    public static String block(String userText) {
        return userText == null || userText.isBlank() ? "<div class=\"jobcoach-text jobcoach-empty\">—</div>"
                : "<div class=\"jobcoach-text\">" + Html.userText(userText) + "</div>";
    }

    /** Text someone typed, inline. */
    public static String inline(String userText) {
        return userText == null || userText.isBlank() ? "—" : Html.userText(userText);
    }

    public static String list(List<String> itemsHtml) {
        StringBuilder out = new StringBuilder("<ul class=\"jobcoach-list\">");
        itemsHtml.forEach(item -> out.append("<li>").append(item).append("</li>"));
        return out.append("</ul>").toString();
    }

    /** Content a reader opens on demand; static output shows it open, as exports cannot toggle. */
    public static String details(String summaryText, String bodyHtml, boolean open) {
        return "<details class=\"jobcoach-details\"" + (open ? " open" : "") + "><summary>" + text(summaryText)
                + "</summary>" + bodyHtml + "</details>";
    }
}
