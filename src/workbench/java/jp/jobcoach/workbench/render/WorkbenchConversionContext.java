package jp.jobcoach.workbench.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.renderer.PageContext;
import java.util.HashMap;
import java.util.Map;

/** The ConversionContext a macro gets: the page being rendered and the output type (display, preview, pdf, ...). */
public final class WorkbenchConversionContext implements ConversionContext {
    private final ContentEntityObject entity;
    private final String outputType;
    private final Map<String, Object> properties = new HashMap<>();

    public WorkbenchConversionContext(ContentEntityObject entity, String outputType) {
        this.entity = entity;
        this.outputType = outputType;
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return entity instanceof SpaceContentEntityObject content ? content.getSpaceKey() : null;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    @Override
    @Deprecated
    public PageContext getPageContext() {
        return new PageContext(entity);
    }
}
