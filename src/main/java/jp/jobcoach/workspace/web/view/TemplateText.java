package jp.jobcoach.workspace.web.view;

/**
 * The viewer's translations for templates, as {@code $i18n.getText("jobcoach...")}. The plugin puts it into every
 * template's context itself: a host-provided {@code $i18n} is not guaranteed. Texts with arguments, dates and
 * names are made in Java and handed over in the view model instead.
 */
public final class TemplateText {
    private final ViewText text;

    TemplateText(ViewText text) {
        this.text = text;
    }

    public String getText(String key) {
        return text.message(key);
    }
}
