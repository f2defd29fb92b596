package jp.jobcoach.workbench.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

/** The blueprint context the workbench hands a context provider: the wizard's fields in, variables and title out. */
final class WorkbenchBlueprintContext extends BlueprintContext {
    private String title;

    WorkbenchBlueprintContext(String spaceKey) {
        put("spaceKey", spaceKey);
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
