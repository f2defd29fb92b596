package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

/**
 * Declares SAL's time zones (docs/platform-api.md): the time zone of the current user's profile, else the
 * application's; of a given user; and the application's default.
 */
public interface TimeZoneManager {

    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey user);

    TimeZone getDefaultTimeZone();
}
