package com.atlassian.activeobjects.external;

/** Declares the Active Objects upgrade task so upgrade tasks compile and the workbench can run them. */
public interface ActiveObjectsUpgradeTask {

    /** The model version this task upgrades to. */
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
