package jp.jobcoach.workspace.web.view;

import static jp.jobcoach.workspace.web.html.Html.attr;
import static jp.jobcoach.workspace.web.html.Html.text;

import java.util.List;
import java.util.function.Consumer;

/**
 * An edit form that jobcoach.js sends as JSON to the REST API. Input names are dotted paths into the request
 * body ({@code visit.date}); {@code data-field} is the field name the server uses in its errors, so each
 * translated error lands next to its input. On a conflict the script reads the stored values from
 * {@code data-conflict-root} of the 409 body and shows them beside the user's unsaved text.
 */
/** TRANSITION ONLY: the HTML-building form of the views not yet moved to templates; deleted once all are. */
public final class HtmlForm {
    /** One choice of a select: the value sent and the label shown. */
    public record Option(String value, String labelText) {
    }

    private final String idPrefix;
    private final String method;
    private final String path;
    private final StringBuilder fields = new StringBuilder();
    private int items;
    private String extraAttributes = "";
    private String buttonClass = "aui-button aui-button-primary jobcoach-button";

    public HtmlForm(String idPrefix, String method, String path) {
        this.idPrefix = idPrefix.replaceAll("[^A-Za-z0-9_-]", "-");
        this.method = method;
        this.path = path;
    }

    /** Where the 409 body keeps the stored values and the stored version, e.g. {@code value} and {@code version}. */
    public HtmlForm conflict(String rootPath, String versionPath) {
        extraAttributes += " data-conflict-root=\"" + attr(rootPath) + "\" data-conflict-version=\"" + attr(versionPath) + "\"";
        return this;
    }

    /** Objects the body must carry even when every input in them is blank (the server reads them as maps). */
    public HtmlForm keep(String... paths) {
        extraAttributes += " data-keep=\"" + attr(String.join(",", paths)) + "\"";
        return this;
    }

    /** Asks the user before sending (deleting, removing): the browser's own confirm dialog, which keyboards reach. */
    /** What the script does after a successful submit instead of just reloading: {@code pages} creates the case's pages. */
    public HtmlForm then(String step) {
        extraAttributes += " data-jobcoach-then=\"" + attr(step) + "\"";
        return this;
    }

    public HtmlForm confirm(String questionText) {
        extraAttributes += " data-confirm=\"" + attr(questionText) + "\"";
        return this;
    }

    /** Replaces one of the frame's script messages for this form only, e.g. what a conflict means for a delete. */
    public HtmlForm message(String name, String messageText) {
        extraAttributes += " data-msg-" + attr(name) + "=\"" + attr(messageText) + "\"";
        return this;
    }

    /** A plain (not primary) button: for the small one-click forms beside a record. */
    public HtmlForm secondary() {
        buttonClass = "aui-button jobcoach-button jobcoach-button-secondary";
        return this;
    }

    /**
     * One element of an array in the body, e.g. a support type of the case or a step of an accommodation. Names
     * and fields inside use {@code #} for the index, which jobcoach.js numbers among the items that are sent:
     * with {@code includeLabelText} a checkbox decides, else an item is sent when one of its inputs is filled.
     */
    public HtmlForm item(String array, String legendText, String includeLabelText, boolean included, Consumer<HtmlForm> controls) {
        int number = items++;
        fields.append("<fieldset class=\"jobcoach-item\" data-jobcoach-item=\"").append(attr(array)).append("\"><legend>")
                .append(text(legendText)).append("</legend>");
        if (includeLabelText != null) {
            String id = idPrefix + "-item-" + number;
            fields.append("<div class=\"jobcoach-include\"><input type=\"checkbox\" data-include id=\"").append(id).append('"')
                    .append(included ? " checked" : "").append("><label for=\"").append(id).append("\">")
                    .append(text(includeLabelText)).append("</label></div>");
        }
        controls.accept(this);
        fields.append("</fieldset>");
        return this;
    }

    /** A value sent as is; {@code type} "int" sends a number. */
    public HtmlForm hidden(String name, String value, String type) {
        fields.append("<input type=\"hidden\" name=\"").append(attr(name)).append("\" value=\"").append(attr(value))
                .append("\" data-type=\"").append(attr(type)).append("\">");
        return this;
    }

    public HtmlForm input(String name, String field, String labelText, String type, String value) {
        return control(name, field, labelText, id -> "<input id=\"" + id + "\" name=\"" + attr(name) + "\" type=\""
                + attr(type) + "\" value=\"" + attr(value) + "\"" + describedBy(id) + ">");
    }

    /** A whole number, sent as a JSON number. */
    public HtmlForm number(String name, String field, String labelText, String value) {
        return control(name, field, labelText, id -> "<input id=\"" + id + "\" name=\"" + attr(name)
                + "\" type=\"number\" inputmode=\"numeric\" data-type=\"int\" value=\"" + attr(value) + "\"" + describedBy(id) + ">");
    }

    /** Several values typed in one input, separated by commas; sent as a JSON array. */
    public HtmlForm list(String name, String field, String labelText, List<String> values) {
        return control(name, field, labelText, id -> "<input id=\"" + id + "\" name=\"" + attr(name)
                + "\" type=\"text\" data-type=\"list\" value=\"" + attr(String.join(", ", values)) + "\"" + describedBy(id) + ">");
    }

    public HtmlForm textarea(String name, String field, String labelText, String value) {
        return control(name, field, labelText, id -> "<textarea id=\"" + id + "\" name=\"" + attr(name) + "\" rows=\"3\""
                + describedBy(id) + ">" + text(value) + "</textarea>");
    }

    public HtmlForm select(String name, String field, String labelText, List<Option> options, String selected) {
        return control(name, field, labelText, id -> {
            StringBuilder select = new StringBuilder("<select id=\"" + id + "\" name=\"" + attr(name) + "\"" + describedBy(id) + ">");
            for (Option option : options) {
                select.append("<option value=\"").append(attr(option.value())).append('"')
                        .append(option.value().equals(selected) ? " selected" : "").append('>')
                        .append(text(option.labelText())).append("</option>");
            }
            return select.append("</select>").toString();
        });
    }

    /** Several choices, each a checkbox with a name; the checked values are sent as a JSON array. */
    public HtmlForm checkboxes(String name, String field, String legendText, List<Option> options, List<String> checked) {
        String group = idOf(name);
        fields.append("<fieldset class=\"jobcoach-field jobcoach-choices\" data-field=\"").append(attr(field))
                .append("\"><legend>").append(text(legendText)).append("</legend>");
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String id = group + "-" + i;
            fields.append("<div class=\"jobcoach-choice\"><input type=\"checkbox\" id=\"").append(id).append("\" name=\"")
                    .append(attr(name)).append("\" value=\"").append(attr(option.value())).append("\" data-type=\"each\"")
                    .append(checked.contains(option.value()) ? " checked" : "").append(describedBy(group)).append("><label for=\"")
                    .append(id).append("\">").append(text(option.labelText())).append("</label></div>");
        }
        fields.append(feedback(group)).append("</fieldset>");
        return this;
    }

    /**
     * Markup between the fields, already escaped by the caller: a heading that groups the fields after it, or
     * the text a group of fields is about (e.g. the carried action whose outcome the next fields record).
     */
    public HtmlForm part(String html) {
        fields.append(html);
        return this;
    }

    /** The form; a legend names it for screen readers when it has one. */
    public String render(String legendText, String submitText) {
        String legend = legendText == null ? "" : "<legend>" + text(legendText) + "</legend>";
        return "<form class=\"jobcoach-form jobcoach-controls\" data-jobcoach-form data-method=\"" + attr(method)
                + "\" data-path=\"" + attr(path) + "\"" + extraAttributes + " novalidate><fieldset>" + legend + fields
                + "</fieldset><div class=\"jobcoach-form-message\" role=\"status\" aria-live=\"polite\"></div>"
                + "<button type=\"submit\" class=\"" + buttonClass + "\">" + text(submitText)
                + "</button></form>";
    }

    private HtmlForm control(String name, String field, String labelText, java.util.function.Function<String, String> control) {
        String id = idOf(name);
        fields.append("<div class=\"jobcoach-field\" data-field=\"").append(attr(field)).append("\"><label for=\"")
                .append(id).append("\">").append(text(labelText)).append("</label>").append(control.apply(id))
                .append(feedback(id)).append("</div>");
        return this;
    }

    /** An id unique in the page; inside an item the {@code #} of the name becomes the item's number. */
    private String idOf(String name) {
        return idPrefix + "-" + name.replace("#", "i" + items).replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Where jobcoach.js puts the stored value on a conflict and the server's error for the field. */
    private static String feedback(String id) {
        return "<div class=\"jobcoach-server-value\" id=\"" + id + "-server\" hidden></div>"
                + "<div class=\"jobcoach-field-error\" id=\"" + id + "-error\" aria-live=\"polite\"></div>";
    }

    private static String describedBy(String id) {
        return " aria-describedby=\"" + id + "-error " + id + "-server\"";
    }
}
