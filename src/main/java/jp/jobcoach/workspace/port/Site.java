package jp.jobcoach.workspace.port;

/** Where the site lives, for the links and the REST base that views render. */
public interface Site {
    /** The host's context path, e.g. {@code /confluence}; empty when the site is at the root. */
    String basePath();
}
