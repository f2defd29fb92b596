package com.atlassian.user;

import java.io.Serializable;

/** Declares Atlassian User's named entity so {@code ConfluenceUser} has its real supertypes. */
public interface Entity extends Serializable {

    String getName();
}
