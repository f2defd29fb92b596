package jp.jobcoach.workspace.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The model of an edit form that jobcoach.js sends as JSON to the REST API; {@code templates/jobcoach/macros.vm}
 * ({@code #jcForm}) renders it. Input names are dotted paths into the request body ({@code visit.date});
 * {@code data-field} is the field name the server uses in its errors, so each translated error lands next to its
 * input. On a conflict the script reads the stored values from {@code data-conflict-root} of the 409 body and shows
 * them beside the user's unsaved text.
 */
public final class Form {
    /** One choice of a select: the value sent and the label shown. */
    public record Option(String value, String labelText) {
    }

    private static final String PRIMARY = "aui-button aui-button-primary jobcoach-button";
    private static final String SECONDARY = "aui-button jobcoach-button jobcoach-button-secondary";

    private final String idPrefix;
    private final String method;
    private final String path;
    private final List<Map<String, Object>> attributes = new ArrayList<>();
    private List<Map<String, Object>> fields = new ArrayList<>();
    private int items;
    private String buttonClass = PRIMARY;

    public Form(String idPrefix, String method, String path) {
        this.idPrefix = idPrefix.replaceAll("[^A-Za-z0-9_-]", "-");
        this.method = method;
        this.path = path;
    }

    /** Where the 409 body keeps the stored values and the stored version, e.g. {@code value} and {@code version}. */
    public Form conflict(String rootPath, String versionPath) {
        return attribute("data-conflict-root", rootPath).attribute("data-conflict-version", versionPath);
    }

    /** Objects the body must carry even when every input in them is blank (the server reads them as maps). */
    public Form keep(String... paths) {
        return attribute("data-keep", String.join(",", paths));
    }

    /** What the script does after a successful submit instead of just reloading: {@code pages} creates the case's pages. */
    public Form then(String step) {
        return attribute("data-jobcoach-then", step);
    }

    /**
     * A record form of many fields (an interview): Enter in a one-line input does not send it (Ctrl or Cmd+Enter
     * and the button do), and after a save jobcoach.js shows the record as the server renders it
     * ({@code <recordPath>/html}) in place of the one shown, keeping the reader's place. A blank
     * {@code recordPath} means the record made by this form: the form's path and the new record's id.
     */
    public Form record(String recordPath) {
        return attribute("data-jobcoach-record", recordPath);
    }

    /**
     * A form of a macro that updates in place (the plan, the accommodations): after a save jobcoach.js puts the macro's
     * body as the server renders it now ({@code renderedPath}, below the REST base, answering HTML) in place of the one
     * shown, without reloading the page. The element {@code anchorId} — where {@code {0}} is the saved record's
     * {@code keyPath} value in the answer ({@code id}, or the plan's {@code version}) — keeps its place on the screen,
     * or, when it is new, comes to where the form was, and takes the focus; the form's {@code saved} message, with
     * {@code {0}} the answer's {@code namePath} value (the saved title; none: null), is announced in the macro's status
     * line (aria-live). Enter in a one-line input does not send the form, as for {@link #record}.
     */
    public Form refresh(String renderedPath, String anchorId, String keyPath, String namePath) {
        attribute("data-jobcoach-refresh", renderedPath).attribute("data-jobcoach-anchor", anchorId)
                .attribute("data-jobcoach-key", keyPath);
        return namePath == null ? this : attribute("data-jobcoach-name", namePath);
    }

    /** Asks the user before sending (deleting, removing): the browser's own confirm dialog, which keyboards reach. */
    public Form confirm(String questionText) {
        return attribute("data-confirm", questionText);
    }

    /** Replaces one of the frame's script messages for this form only, e.g. what a conflict means for a delete. */
    public Form message(String name, String messageText) {
        return attribute("data-msg-" + name, messageText);
    }

    /** A plain (not primary) button: for the small one-click forms beside a record. */
    public Form secondary() {
        buttonClass = SECONDARY;
        return this;
    }

    /**
     * One element of an array in the body, e.g. a support type of the case or a step of an accommodation. Names
     * and fields inside use {@code #} for the index, which jobcoach.js numbers among the items that are sent:
     * with {@code includeLabelText} a checkbox decides, else an item is sent when one of its inputs is filled.
     */
    public Form item(String array, String legendText, String includeLabelText, boolean included, Consumer<Form> controls) {
        int number = items++;
        List<Map<String, Object>> outer = fields;
        fields = new ArrayList<>();
        controls.accept(this);
        Map<String, Object> item = field("item");
        item.put("array", array);
        item.put("legend", legendText);
        item.put("include", includeLabelText != null);
        item.put("includeId", idPrefix + "-item-" + number);
        item.put("includeLabel", includeLabelText == null ? "" : includeLabelText);
        item.put("included", included);
        item.put("fields", fields);
        fields = outer;
        fields.add(item);
        return this;
    }

    /** A value sent as is; {@code type} "int" sends a number. */
    public Form hidden(String name, String value, String type) {
        Map<String, Object> hidden = field("hidden");
        hidden.put("name", name);
        hidden.put("value", value);
        hidden.put("type", type);
        fields.add(hidden);
        return this;
    }

    public Form input(String name, String field, String labelText, String type, String value) {
        return control("input", name, field, labelText, type, value, List.of());
    }

    /**
     * A user name, typed in full or chosen from the people whose name contains what was typed: a combobox whose
     * suggestions jobcoach.js fetches from the REST API's {@code /people}; the chosen person's user name is sent.
     */
    public Form person(String name, String field, String labelText, String value) {
        return control("person", name, field, labelText, "text", value, List.of());
    }

    /** A whole number, sent as a JSON number. */
    public Form number(String name, String field, String labelText, String value) {
        return control("number", name, field, labelText, "number", value, List.of());
    }

    /** Several values typed in one input, separated by commas; sent as a JSON array. */
    public Form list(String name, String field, String labelText, List<String> values) {
        return control("list", name, field, labelText, "text", String.join(", ", values), List.of());
    }

    public Form textarea(String name, String field, String labelText, String value) {
        return control("textarea", name, field, labelText, "", value, List.of());
    }

    public Form select(String name, String field, String labelText, List<Option> options, String selected) {
        List<Map<String, Object>> choices = options.stream().map(option -> Map.<String, Object>of("value", option.value(),
                "label", option.labelText(), "selected", option.value().equals(selected))).toList();
        return control("select", name, field, labelText, "", selected, choices);
    }

    /** Several choices, each a checkbox with a name; the checked values are sent as a JSON array. */
    public Form checkboxes(String name, String field, String legendText, List<Option> options, List<String> checked) {
        String group = idOf(name);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            choices.add(Map.of("id", group + "-" + i, "value", option.value(), "label", option.labelText(),
                    "checked", checked.contains(option.value())));
        }
        Map<String, Object> checkboxes = field("checkboxes");
        checkboxes.put("id", group);
        checkboxes.put("name", name);
        checkboxes.put("field", field);
        checkboxes.put("legend", legendText);
        checkboxes.put("options", choices);
        fields.add(checkboxes);
        return this;
    }

    /**
     * A button that does something in the form without sending it (adds or removes a row); the form's script
     * finds it by {@code cssClass} and reads its {@code data} attributes (names without {@code data-}).
     */
    public Form button(String cssClass, String labelText, Map<String, String> data) {
        Map<String, Object> button = field("button");
        button.put("cssClass", cssClass);
        button.put("label", labelText);
        button.put("data", data.entrySet().stream().map(entry -> Map.of("name", entry.getKey(), "value", entry.getValue())).toList());
        fields.add(button);
        return this;
    }

    /** A heading that groups the fields after it. */
    public Form heading(String headingText) {
        Map<String, Object> heading = field("heading");
        heading.put("text", headingText);
        fields.add(heading);
        return this;
    }

    /**
     * A line of text between the fields, e.g. the carried action whose outcome the next fields record: pieces of
     * our own text and of text someone typed ({@link #typed}), which the template isolates in {@code <bdi>}.
     */
    public Form note(String cssClass, List<Map<String, Object>> pieces) {
        Map<String, Object> note = field("note");
        note.put("cssClass", cssClass);
        note.put("pieces", pieces);
        fields.add(note);
        return this;
    }

    /** A piece of a {@link #note} in our own words. */
    public static Map<String, Object> ours(String text) {
        return Map.of("text", text, "typed", false);
    }

    /** A piece of a {@link #note} that someone typed; a dash when blank. */
    public static Map<String, Object> typed(String text) {
        return Map.of("text", text == null ? "" : text, "typed", true);
    }

    /** The form's model; a legend names it for screen readers when it has one. */
    public Map<String, Object> render(String legendText, String submitText) {
        return Map.of("method", method, "path", path, "attributes", List.copyOf(attributes),
                "legend", legendText == null ? "" : legendText, "submit", submitText, "buttonClass", buttonClass,
                "fields", List.copyOf(fields));
    }

    private Form attribute(String name, String value) {
        attributes.add(Map.of("name", name, "value", value));
        return this;
    }

    private Form control(String control, String name, String field, String labelText, String type, String value,
                         List<Map<String, Object>> options) {
        Map<String, Object> model = field("control");
        model.put("control", control);
        model.put("id", idOf(name));
        model.put("name", name);
        model.put("field", field);
        model.put("label", labelText);
        model.put("type", type);
        model.put("value", value == null ? "" : value);
        model.put("options", options);
        fields.add(model);
        return this;
    }

    private static Map<String, Object> field(String kind) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("kind", kind);
        return field;
    }

    /** An id unique in the page; inside an item the {@code #} of the name becomes the item's number. */
    private String idOf(String name) {
        return idPrefix + "-" + name.replace("#", "i" + items).replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
