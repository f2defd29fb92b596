/*
 * Job Coach Workspace: the workload's week view. Loaded beside jobcoach.js, which sends its forms (the plan, the
 * actuals, the carry-over) and shows the week again as the server renders it after a save. This file moves to another
 * week (the previous, this or the next), putting in place of the week shown the one the server renders
 * (GET .../workload/{week}/html: templates/jobcoach/workload-week.vm), and lines the stored outcomes up with the
 * actuals form's rows for the conflict view ('jobcoach:stored'). It builds no markup. Its texts are the macro's.
 */
(function () {
    'use strict';

    async function moveTo(button) {
        var article = button.closest('.jobcoach-workload-week');
        var frame = article.closest('[data-jobcoach-rest]');
        var status = article.querySelector('.jobcoach-workload-status');
        var base = article.getAttribute('data-week');
        var path = base.substring(0, base.lastIndexOf('/') + 1) + encodeURIComponent(button.getAttribute('data-workload-week'));
        button.disabled = true;
        status.textContent = frame.getAttribute('data-msg-saving') || '';
        try {
            var response = await fetch(frame.getAttribute('data-jobcoach-rest') + path + '/html',
                {credentials: 'same-origin', headers: {'Accept': 'text/html'}});
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            var template = document.createElement('template');
            template.innerHTML = await response.text();
            var week = template.content.querySelector('.jobcoach-workload-week');
            if (!week) {
                throw new Error('no week');
            }
            article.replaceWith(week);
            week.dispatchEvent(new CustomEvent('jobcoach:inserted', {bubbles: true}));
            var heading = week.querySelector('h4');
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        } catch (failed) {
            status.textContent = frame.getAttribute('data-msg-failed') || '';
            button.disabled = false;
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-workload-week]');
        if (button && button.closest('.jobcoach-workload-week')) {
            event.preventDefault();
            moveTo(button);
        }
    });

    // the stored week keeps outcomes on its tasks; the actuals form sends them as a list of {task, outcome}
    document.addEventListener('jobcoach:stored', function (event) {
        var form = event.target;
        var stored = event.detail;
        if (!stored || !form.closest || !form.closest('.jobcoach-workload-week') || !Array.isArray(stored.tasks)) {
            return;
        }
        stored.outcomes = stored.tasks.map(function (task) {
            return {task: task.id, outcome: task.outcome};
        });
    }, true);
}());
