package jp.jobcoach.workspace.domain;

import java.io.Serializable;

/**
 * The label of a form field, as a message argument. Field paths carry indexes ({@code steps[2].approvedBy},
 * {@code phases[TRANSITION].start}); the label does not, so one key serves every row of a list.
 */
public record FieldLabel(String field) implements Labelled, Serializable {

    private static final String PREFIX = "jobcoach.field.";

    @Override
    public String i18nKey() {
        return PREFIX + field.replaceAll("\\[[^\\]]*\\]", "");
    }
}
