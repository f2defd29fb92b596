package com.atlassian.activeobjects.spi;

/** Declares the databases Active Objects tells apart, so hosts can report theirs through the module metadata. */
public enum DatabaseType {
    H2, HSQL, MYSQL, POSTGRESQL, ORACLE, MS_SQL, UNKNOWN
}
