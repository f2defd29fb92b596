/*
 * Job Coach Workspace: the interview form. Loaded beside jobcoach.js, which sends the forms; this file reshapes the
 * interview body before it is sent ('jobcoach:body'), lines stored values up with the form's rows for the conflict
 * view ('jobcoach:stored'), and keeps the form consistent while it is filled in: the absence reason only while the
 * worker is not taking part, a proposed due date for an action that is continued, rows for new actions added and
 * removed. It builds no markup: new rows are copies of the blank row the server rendered.
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

    var NEW_ACTIONS = 'interview.newActions';
    /** Weeks a continued action moves when no next interview is planned: RetentionInterview.CONTINUE_WEEKS. */
    var CONTINUE_WEEKS = 2;

    function interviewForm(element) {
        var form = element instanceof Element ? element.closest('form[data-jobcoach-form]') : null;
        return form && form.querySelector('[name="interview.date"]') ? form : null;
    }

    function named(form, name) {
        return form.querySelector('[name="' + name + '"]');
    }

    /** While a participant takes part as the worker there is no absence reason: its input is off and not sent. */
    function syncAbsence(form) {
        var reason = named(form, 'interview.workerAbsentReason');
        if (!reason) {
            return;
        }
        reason.disabled = Array.prototype.some.call(form.querySelectorAll('select[name^="interview.participants."]'),
            function (role) { return role.value === 'WORKER'; });
    }

    function plusWeeks(isoDay, weeks) {
        var day = new Date(isoDay + 'T00:00:00Z');
        day.setUTCDate(day.getUTCDate() + 7 * weeks);
        return day.toISOString().slice(0, 10);
    }

    /** As RetentionInterview.proposedDueDate: the next interview if planned from this one on, else two weeks on. */
    function proposedDueDate(form) {
        var date = named(form, 'interview.date').value;
        var next = named(form, 'interview.nextDate');
        if (next && next.value && next.value >= date) {
            return next.value;
        }
        return date ? plusWeeks(date, CONTINUE_WEEKS) : '';
    }

    /**
     * A carried action just marked continued ({@code status}) gets the proposed due date in place of the one the
     * form came with; one marked before gets it only when it has none or one gone by the interview. Proposed dates
     * are marked, so that a later change of the next interview's date moves them along; a date the coach typed stays.
     */
    function proposeDueDates(form, status) {
        var statuses = status ? [status] : form.querySelectorAll('select[name^="interview.carriedActions."][name$=".status"]');
        Array.prototype.forEach.call(statuses, function (select) {
            var due = named(form, select.name.replace(/status$/, 'dueDate'));
            var date = named(form, 'interview.date').value;
            var proposed = due && due.getAttribute('data-proposed');
            var replaceable = due && ((status && due.value === due.defaultValue) || due.value === '' || due.value < date
                || due.value === proposed);
            if (!due || select.value !== 'CONTINUED' || !replaceable) {
                return;
            }
            due.value = proposedDueDate(form);
            due.setAttribute('data-proposed', due.value);
        });
    }

    function actionRows(form) {
        return Array.prototype.slice.call(form.querySelectorAll('[data-jobcoach-item="' + NEW_ACTIONS + '"]'));
    }

    /** Row {@code index}'s names, ids, labels and error fields, and its legend: rows stay numbered 0, 1, 2... */
    function numberRow(row, index, legend) {
        var patterns = [[/newActions\.\d+\./g, 'newActions.' + index + '.'], [/newActions-\d+-/g, 'newActions-' + index + '-'],
            [/newActions\[\d+\]/g, 'newActions[' + index + ']']];
        ['name', 'data-name', 'id', 'for', 'data-field', 'data-field-template', 'aria-describedby', 'aria-controls'].forEach(function (attribute) {
            row.querySelectorAll('[' + attribute + ']').forEach(function (element) {
                element.setAttribute(attribute, patterns.reduce(function (value, pattern) {
                    return value.replace(pattern[0], pattern[1]);
                }, element.getAttribute(attribute)));
            });
        });
        row.querySelector('legend').textContent = legend.replace('{0}', String(index + 1));
    }

    function renumber(form) {
        var add = form.querySelector('.jobcoach-row-add');
        actionRows(form).forEach(function (row, index) { numberRow(row, index, add.getAttribute('data-legend')); });
        add.disabled = actionRows(form).length >= parseInt(add.getAttribute('data-max'), 10);
    }

    /** A blank row after the last, copied from the last; the focus goes to its first choice. */
    function addRow(form) {
        var rows = actionRows(form);
        var copy = rows[rows.length - 1].cloneNode(true);
        copy.querySelectorAll('input[type="hidden"]').forEach(function (hidden) { hidden.remove(); });
        copy.querySelectorAll('input, select').forEach(function (control) { control.value = ''; });
        copy.querySelectorAll('.jobcoach-field-error, .jobcoach-server-value').forEach(function (slot) { slot.textContent = ''; });
        rows[rows.length - 1].after(copy);
        renumber(form);
        copy.querySelector('select, input').focus();
    }

    /** Removes the row (the last one left is emptied instead); the focus goes to the next row, else to "add". */
    function removeRow(form, row) {
        var rows = actionRows(form);
        if (rows.length === 1) {
            row.querySelectorAll('input[type="hidden"]').forEach(function (hidden) { hidden.remove(); });
            row.querySelectorAll('input, select').forEach(function (control) { control.value = ''; });
            row.querySelector('select, input').focus();
            return;
        }
        var next = rows[rows.indexOf(row) + 1];
        row.remove();
        renumber(form);
        (next ? next.querySelector('select, input') : form.querySelector('.jobcoach-row-add')).focus();
    }

    /** The stored {@code array} ordered as the form's rows, found by what each row holds: its id or its person. */
    function alignRows(form, stored, array, keyOf) {
        var rows = (stored[array] || []).slice();
        var aligned = [];
        for (var index = 0; ; index++) {
            var prefix = 'interview.' + array + '.' + index + '.';
            var key = form.querySelector('[name^="' + prefix + '"]') ? keyOf(prefix) : undefined;
            if (key === undefined) {
                break;
            }
            aligned.push(rows.filter(function (row) { return key !== '' && keyOfStored(array, row) === key; })[0] || {});
        }
        stored[array] = aligned;

        function keyOfStored(name, row) {
            return name === 'participants' ? (row.person && (row.person.userKey || row.person.displayName)) : row.id;
        }
    }

    function hiddenValue(form, name) {
        var input = named(form, name);
        return input ? input.value : '';
    }

    function setUp(root) {
        root.querySelectorAll('form[data-jobcoach-form]').forEach(function (form) {
            if (interviewForm(form)) {
                syncAbsence(form);
                if (form.querySelector('.jobcoach-row-add')) {
                    renumber(form);
                }
            }
        });
    }

    document.addEventListener('change', function (event) {
        var form = interviewForm(event.target);
        if (!form) {
            return;
        }
        var name = event.target.name || '';
        if (/^interview\.participants\./.test(name)) {
            syncAbsence(form);
        } else if (/^interview\.carriedActions\.\d+\.status$/.test(name)) {
            proposeDueDates(form, event.target);
        } else if (name === 'interview.nextDate' || name === 'interview.date') {
            proposeDueDates(form);
        }
    });

    document.addEventListener('click', function (event) {
        var form = interviewForm(event.target);
        var button = form && event.target.closest('.jobcoach-row-add, .jobcoach-row-remove');
        if (!button) {
            return;
        }
        if (button.classList.contains('jobcoach-row-add')) {
            addRow(form);
        } else {
            removeRow(form, button.closest('[data-jobcoach-item]'));
        }
    });

    document.addEventListener('jobcoach:stored', function (event) {
        var form = interviewForm(event.target);
        if (form && event.detail) {
            alignRows(form, event.detail, 'participants', function (prefix) {
                return hiddenValue(form, prefix + 'person.userKey') || hiddenValue(form, prefix + 'person.displayName');
            });
            ['carriedActions', 'newActions'].forEach(function (array) {
                alignRows(form, event.detail, array, function (prefix) { return hiddenValue(form, prefix + 'id'); });
            });
        }
    }, true);

    document.addEventListener('jobcoach:inserted', function (event) {
        setUp(event.target);
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { setUp(document); });
    } else {
        setUp(document);
    }

    // capture phase: jobcoach.js dispatches the event on the form without bubbling
    document.addEventListener('jobcoach:body', function (event) {
        if (event.detail && event.detail.interview) {
            shapeInterview(event.detail.interview);
        }
    }, true);
})();
