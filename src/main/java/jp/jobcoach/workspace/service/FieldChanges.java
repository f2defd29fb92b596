package jp.jobcoach.workspace.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The names of the fields that differ between two versions of a record: what the audit log keeps. */
final class FieldChanges {
    private FieldChanges() {
    }

    /** Every field that has a value: what a create wrote. */
    static List<String> filled(Record created) {
        return Arrays.stream(created.getClass().getRecordComponents())
                .filter(component -> value(component, created) != null)
                .map(RecordComponent::getName).toList();
    }

    static <R extends Record> List<String> between(R before, R after) {
        return Arrays.stream(after.getClass().getRecordComponents())
                .filter(component -> !Objects.equals(value(component, before), value(component, after)))
                .map(RecordComponent::getName).toList();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
