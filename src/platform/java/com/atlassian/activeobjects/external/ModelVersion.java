package com.atlassian.activeobjects.external;

/**
 * Declares Active Objects' schema model version, with its real parsing and ordering, so upgrade tasks compile
 * and the workbench and tests can order them.
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** Parses an integer version; null (no version recorded yet) is version 0. */
    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion && ((ModelVersion) other).version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
