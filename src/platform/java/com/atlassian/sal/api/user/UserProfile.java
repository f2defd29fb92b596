package com.atlassian.sal.api.user;

import java.net.URI;

/** Declares SAL's user profile; the workbench implements it. */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
