/*
 * Job Coach Workspace: the interview form's body. Loaded beside jobcoach.js, which sends the forms; this file only
 * reshapes the interview body before it is sent (through the 'jobcoach:body' event).
 */
(function () {
    'use strict';

    /** {"0": {...}, "1": {...}} as made from numbered input names, as an array in that order. */
    function toArray(group) {
        if (!group) {
            return [];
        }
        return Object.keys(group).sort(function (a, b) { return a - b; }).map(function (key) { return group[key]; });
    }

    function filled(action) {
        return Boolean(action.what || action.dueDate || (action.owner && action.owner.userKey));
    }

    /**
     * The interview as the REST API reads it: arrays of participants and actions, unfilled rows left out, ratings
     * as numbers. New actions get a placeholder id that the server replaces with its own.
     */
    function shapeInterview(interview) {
        interview.participants = toArray(interview.participants).filter(function (p) { return p.role; });
        interview.carriedActions = toArray(interview.carriedActions).map(function (action) {
            action.history = [];
            return action;
        });
        interview.newActions = toArray(interview.newActions).filter(filled).map(function (action, index) {
            action.id = action.id || 'new-' + index;
            action.status = action.status || 'OPEN';
            action.history = [];
            return action;
        });
        var ratings = interview.ratings && interview.ratings.ratings;
        Object.keys(ratings || {}).forEach(function (item) {
            ratings[item] = parseInt(ratings[item], 10);
        });
    }

    // capture phase: jobcoach.js dispatches the event on the form without bubbling
    document.addEventListener('jobcoach:body', function (event) {
        if (event.detail && event.detail.interview) {
            shapeInterview(event.detail.interview);
        }
    }, true);
})();
