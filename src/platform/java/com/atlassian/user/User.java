package com.atlassian.user;

import java.security.Principal;

/** Declares Atlassian User's user type, which Confluence's permission API takes. */
public interface User extends Entity, Principal {

    String getFullName();

    String getEmail();
}
