package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares Spring Scanner's import marker so the build can write the {@code imports} index from compiled classes.
 * Never packaged: Confluence refuses a plugin that embeds it.
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    /** The bean name to import, or "" for any bean of the type. */
    String value() default "";
}
