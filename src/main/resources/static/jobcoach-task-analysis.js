/*
 * Job Coach Workspace: recording a task-analysis session in the grid (templates/jobcoach/task-analysis-sheet.vm).
 * Keyboard first: arrow keys move between the cells of the sessions, 0 to 4 set a level, "-" or Delete sets "not
 * observed", Enter saves the column of the focused cell. With a mouse or on a tablet a tap picks a cell and the level
 * buttons set it. A saved column is replaced by the worksheet as the server renders it (GET .../html), so the rates,
 * the chart and the streaks are the server's. A 409 keeps the levels typed here and marks the cells someone else saved
 * differently meanwhile. The levels' labels and colours come from the legend the server rendered; this file holds no
 * text and builds no markup.
 */
(function () {
    'use strict';

    function legend(sheet) {
        var levels = {};
        var frame = sheet.closest('[data-jobcoach-rest]');
        frame.querySelectorAll('[data-ta-level]').forEach(function (item) {
            levels[item.getAttribute('data-ta-level')] = {
                short: item.getAttribute('data-short'), label: item.getAttribute('data-label'),
                background: item.getAttribute('data-background'), foreground: item.getAttribute('data-foreground')
            };
        });
        return levels;
    }

    /** What a cell holds as stored: its level when the page came, and the step's count and note, which a save keeps. */
    function attribute(cell, name) {
        return cell.getAttribute(name) || '';
    }

    function cells(sheet) {
        return Array.prototype.slice.call(sheet.querySelectorAll('.jobcoach-ta-entry'));
    }

    /** The cell's place: its row among the body's rows and its column among the row's cells. */
    function position(cell) {
        return {row: cell.parentElement.sectionRowIndex, column: cell.cellIndex};
    }

    function cellAt(sheet, row, column) {
        var rows = sheet.querySelectorAll('.jobcoach-ta-grid tbody tr');
        if (row < 0 || row >= rows.length) {
            return null;
        }
        var cell = rows[row].cells[column];
        return cell && cell.classList.contains('jobcoach-ta-entry') ? cell : null;
    }

    function focusCell(sheet, cell) {
        cells(sheet).forEach(function (each) {
            each.tabIndex = -1;
            each.classList.remove('jobcoach-ta-focus');
        });
        cell.tabIndex = 0;
        cell.classList.add('jobcoach-ta-focus');
        cell.focus();
    }

    /** From a cell, the next cell in that direction that can be recorded (skipping retired steps' rows). */
    function move(sheet, cell, dRow, dColumn) {
        var at = position(cell);
        var rows = sheet.querySelectorAll('.jobcoach-ta-grid tbody tr').length;
        for (var row = at.row + dRow, column = at.column + dColumn; row >= 0 && row < rows && column >= 0;
             row += dRow, column += dColumn) {
            var next = cellAt(sheet, row, column);
            if (next) {
                return next;
            }
            if (dRow === 0 && dColumn === 0) {
                break;
            }
        }
        return null;
    }

    function show(sheet, cell, level) {
        var levels = legend(sheet);
        var shown = levels[level] || levels[''];
        cell.setAttribute('data-level', level);
        cell.querySelector('.jobcoach-ta-score').textContent = level === '' ? '–' : level;
        cell.querySelector('.jobcoach-ta-short').textContent = shown ? shown.short : '';
        if (shown) {
            cell.style.background = shown.background;
            cell.style.color = shown.foreground;
            cell.title = shown.label;
        }
    }

    function setLevel(sheet, cell, level) {
        show(sheet, cell, level);
        var dirty = cell.getAttribute('data-level') !== attribute(cell, 'data-saved');
        cell.classList.toggle('jobcoach-ta-dirty', dirty);
        if (dirty) {
            cell.setAttribute('aria-description', sheet.getAttribute('data-msg-unsaved'));
        } else {
            cell.removeAttribute('aria-description');
        }
        newRate(sheet);
    }

    /** The new session's rate as typed so far, as the grid's last footer cell shows it until the server's. */
    function newRate(sheet) {
        var footer = sheet.querySelector('.jobcoach-ta-new-rate');
        if (!footer) {
            return;
        }
        var observed = 0;
        var independent = 0;
        sheet.querySelectorAll('tbody td.jobcoach-ta-new.jobcoach-ta-entry').forEach(function (cell) {
            var level = cell.getAttribute('data-level');
            if (level !== '') {
                observed++;
                independent += level === '4' ? 1 : 0;
            }
        });
        footer.textContent = observed === 0 ? '–' : Math.round(100 * independent / observed) + '%';
    }

    function header(sheet, cell) {
        return sheet.querySelector('.jobcoach-ta-grid thead tr').cells[cell.cellIndex];
    }

    function columnCells(sheet, column) {
        return Array.prototype.slice.call(sheet.querySelectorAll('.jobcoach-ta-grid tbody tr')).map(function (row) {
            return row.cells[column];
        }).filter(function (cell) {
            return cell && cell.hasAttribute('data-level');
        });
    }

    /** The whole session as the column holds it: a stored one keeps its day, duration, note and the steps' counts. */
    function body(sheet, head, column) {
        var isNew = head.getAttribute('data-session') === '';
        var observations = [];
        columnCells(sheet, column).forEach(function (cell) {
            var step = Number(cell.parentElement.getAttribute('data-step'));
            var level = cell.getAttribute('data-level');
            var errors = attribute(cell, 'data-errors');
            var note = attribute(cell, 'data-note');
            if (level === '' && errors === '' && note === '') {
                return;
            }
            observations.push({stepId: step, level: level === '' ? null : Number(level),
                errors: errors === '' ? null : Number(errors), note: note === '' ? null : note});
        });
        var minutes = isNew ? sheet.querySelector('[data-ta-minutes]').value : head.getAttribute('data-minutes');
        var note = isNew ? sheet.querySelector('[data-ta-note]').value : head.getAttribute('data-note');
        var session = {
            date: isNew ? sheet.querySelector('[data-ta-date]').value : head.getAttribute('data-date'),
            durationMinutes: minutes === '' ? null : Number(minutes),
            note: note === '' ? null : note,
            observations: observations
        };
        return isNew ? {session: session} : {version: Number(head.getAttribute('data-version')), session: session};
    }

    function status(sheet, text) {
        sheet.querySelector('.jobcoach-ta-status').textContent = text;
    }

    function showErrors(sheet, errors) {
        var list = sheet.querySelector('.jobcoach-ta-errors-list');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        errors.forEach(function (error) {
            var item = document.createElement('li');
            item.textContent = error.message;
            list.appendChild(item);
        });
    }

    async function save(sheet, cell) {
        var frame = sheet.closest('[data-jobcoach-rest]');
        var rest = frame.getAttribute('data-jobcoach-rest');
        var head = header(sheet, cell);
        var column = cell.cellIndex;
        var row = position(cell).row;
        var isNew = head.getAttribute('data-session') === '';
        status(sheet, frame.getAttribute('data-msg-saving') || '');
        showErrors(sheet, []);
        var response;
        try {
            response = await fetch(rest + head.getAttribute('data-path'), {
                method: isNew ? 'POST' : 'PUT', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
                body: JSON.stringify(body(sheet, head, column))
            });
        } catch (failed) {
            status(sheet, frame.getAttribute('data-msg-failed') || '');
            return;
        }
        var answer = await response.json().catch(function () {
            return {};
        });
        if (response.status === 409) {
            conflict(sheet, head, column, answer.current);
            return;
        }
        if (response.status === 400) {
            status(sheet, frame.getAttribute('data-msg-invalid') || '');
            showErrors(sheet, answer.errors || []);
            return;
        }
        if (!response.ok) {
            status(sheet, (answer.errors && answer.errors[0] && answer.errors[0].message) || frame.getAttribute('data-msg-failed') || '');
            return;
        }
        await refresh(sheet, rest, row, isNew ? -1 : column, sheet.getAttribute('data-msg-saved'));
    }

    /** Replaces the worksheet with the server's, keeps the place of the saved cell (a new column's stays the new one). */
    async function refresh(sheet, rest, row, column, message) {
        var response = await fetch(rest + sheet.getAttribute('data-sheet-path'), {credentials: 'same-origin',
            headers: {'Accept': 'text/html'}});
        if (!response.ok) {
            window.location.reload();
            return;
        }
        var holder = document.createElement('div');
        holder.innerHTML = await response.text();
        var fresh = holder.querySelector('.jobcoach-ta');
        sheet.replaceWith(fresh);
        remember(fresh);
        scrollToNewest(fresh);
        status(fresh, message);
        var rows = fresh.querySelectorAll('.jobcoach-ta-grid tbody tr');
        var target = rows[row] && rows[row].cells[column < 0 ? rows[row].cells.length - 1 : column];
        if (target && target.classList.contains('jobcoach-ta-entry')) {
            focusCell(fresh, target);
        } else if (cells(fresh).length > 0) {
            focusCell(fresh, cells(fresh)[cells(fresh).length - 1]);
        }
    }

    /**
     * Someone saved this session meanwhile: the column takes their version, so saving again overwrites with these
     * levels, and each cell whose saved level differs from what this page had shows theirs beside the typed one.
     */
    function conflict(sheet, head, column, current) {
        status(sheet, sheet.getAttribute('data-msg-conflict'));
        if (!current) {
            return;
        }
        head.setAttribute('data-version', String(current.version));
        var theirs = {};
        (current.value.observations || []).forEach(function (observation) {
            theirs[String(observation.stepId)] = observation;
        });
        var levels = legend(sheet);
        columnCells(sheet, column).forEach(function (cell) {
            var observation = theirs[cell.parentElement.getAttribute('data-step')];
            var level = observation && observation.level !== null && observation.level !== undefined ? String(observation.level) : '';
            var marker = cell.querySelector('.jobcoach-ta-theirs');
            if (level !== attribute(cell, 'data-saved')) {
                var shown = levels[level] || {short: ''};
                marker.textContent = sheet.getAttribute('data-msg-changed') + ' ' + (level === '' ? '–' : level) + ' ' + shown.short;
                marker.hidden = false;
                cell.classList.add('jobcoach-ta-changed');
            }
            cell.setAttribute('data-saved', level);
            cell.setAttribute('data-errors', observation && observation.errors !== null && observation.errors !== undefined
                ? String(observation.errors) : '');
            cell.setAttribute('data-note', observation && observation.note ? observation.note : '');
            cell.classList.toggle('jobcoach-ta-dirty', cell.getAttribute('data-level') !== level);
        });
    }

    /** Each cell's level as it came from the server, against which a typed level counts as unsaved. */
    function remember(sheet) {
        sheet.querySelectorAll('.jobcoach-ta-entry').forEach(function (cell) {
            cell.setAttribute('data-saved', attribute(cell, 'data-level'));
        });
    }

    function scrollToNewest(sheet) {
        var scroller = sheet.querySelector('.jobcoach-ta-scroll');
        if (scroller) {
            scroller.scrollLeft = scroller.scrollWidth;
        }
    }

    var KEYS = {'0': '0', '1': '1', '2': '2', '3': '3', '4': '4', '-': '', 'Delete': '', 'Backspace': ''};

    document.addEventListener('keydown', function (event) {
        var cell = event.target.closest && event.target.closest('.jobcoach-ta-entry');
        var sheet = cell && cell.closest('[data-jobcoach-ta]');
        if (!sheet || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        var moves = {ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1]};
        if (moves[event.key]) {
            var next = move(sheet, cell, moves[event.key][0], moves[event.key][1]);
            if (next) {
                focusCell(sheet, next);
            }
            event.preventDefault();
        } else if (Object.prototype.hasOwnProperty.call(KEYS, event.key)) {
            setLevel(sheet, cell, KEYS[event.key]);
            var below = move(sheet, cell, 1, 0);
            if (below) {
                focusCell(sheet, below);
            }
            event.preventDefault();
        } else if (event.key === 'Enter') {
            event.preventDefault();
            save(sheet, cell);
        }
    });

    document.addEventListener('click', function (event) {
        var target = event.target;
        var sheet = target.closest && target.closest('[data-jobcoach-ta]');
        if (!sheet) {
            return;
        }
        var cell = target.closest('.jobcoach-ta-entry');
        if (cell) {
            focusCell(sheet, cell);
            return;
        }
        var focused = sheet.querySelector('.jobcoach-ta-focus');
        var button = target.closest('[data-ta-set]');
        if (button) {
            if (!focused) {
                status(sheet, sheet.getAttribute('data-msg-nothing'));
                return;
            }
            setLevel(sheet, focused, button.getAttribute('data-ta-set'));
            var below = move(sheet, focused, 1, 0);
            focusCell(sheet, below || focused);
        } else if (target.closest('[data-ta-save]')) {
            var newest = sheet.querySelector('tbody td.jobcoach-ta-new.jobcoach-ta-entry');
            if (focused || newest) {
                save(sheet, focused || newest);
            } else {
                status(sheet, sheet.getAttribute('data-msg-nothing'));
            }
        }
    });

    /** Each grid starts scrolled to its newest session, with the new session's first cell the one Tab reaches. */
    function start() {
        document.querySelectorAll('[data-jobcoach-ta]').forEach(function (sheet) {
            remember(sheet);
            scrollToNewest(sheet);
            var first = sheet.querySelector('tbody td.jobcoach-ta-new.jobcoach-ta-entry') || cells(sheet)[0];
            if (first) {
                first.tabIndex = 0;
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
