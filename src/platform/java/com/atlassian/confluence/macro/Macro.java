package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/** Declares Confluence's macro interface so plugin macros compile and run in the workbench without Confluence jars. */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum OutputType { INLINE, BLOCK }

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }
}
