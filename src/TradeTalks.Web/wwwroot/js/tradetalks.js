// The few things reading pages do in the browser. Everything here is delegated from the document, so it keeps
// working after enhanced navigation swaps the page, and every page still works with scripts off.
(() => {
    // The viewer's IANA time zone, e.g. "Europe/London" (asked for by the editors' desk).
    window.tradeTalks = {
        timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    };

    // The navigation drawer on narrow screens: the menu button opens it; the overlay, a link in it or Escape closes it.
    const layout = () => document.querySelector('.app-layout');
    const setNav = (open) => {
        const root = layout();
        if (!root) return;
        root.classList.toggle('nav-open', open);
        const toggle = root.querySelector('.nav-toggle');
        if (toggle) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
            toggle.setAttribute('aria-label', open ? 'Close navigation' : 'Open navigation');
        }
    };
    document.addEventListener('click', (event) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!target) return;
        if (target.closest('.nav-toggle')) {
            event.preventDefault();
            setNav(!layout()?.classList.contains('nav-open'));
        } else if (target.closest('[data-nav-close]') || target.closest('#main-nav a')) {
            setNav(false);
        }
    });
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && layout()?.classList.contains('nav-open')) setNav(false);
    });

    // Controls marked data-autosubmit send their GET form as soon as they change; the form's button does the same
    // without script. The control changed gets the focus back on the page that comes, so someone ticking several
    // boxes from the keyboard carries on from where they were.
    const refocusKey = 'tradetalks:refocus';
    document.addEventListener('change', (event) => {
        const control = event.target instanceof Element ? event.target.closest('[data-autosubmit]') : null;
        if (!control || !control.form) return;
        try {
            sessionStorage.setItem(refocusKey, JSON.stringify({ path: location.pathname, name: control.name, value: control.type === 'checkbox' ? control.value : null }));
        } catch { /* storage refused: the focus just starts at the top */ }
        control.form.requestSubmit();
    });
    const refocus = () => {
        let saved = null;
        try {
            saved = JSON.parse(sessionStorage.getItem(refocusKey) ?? 'null');
            sessionStorage.removeItem(refocusKey);
        } catch { return; }
        if (!saved || saved.path !== location.pathname) return;
        const target = [...document.querySelectorAll('[data-autosubmit]')]
            .find((c) => c.name === saved.name && (saved.value === null || c.value === saved.value));
        target?.focus({ preventScroll: false });
    };

    // Live countdowns: the server renders the time left when the page was made; the browser's clock takes over at once.
    // When a deadline passes the countdown says how long ago, in the words of DeadlinePassed.cs, and the page is loaded
    // again, so the server says what the status is now.
    const pad = (n) => String(n).padStart(2, '0');
    const passedWords = (ms) => {
        const days = Math.floor(ms / 86400000);
        return days < 1 ? 'Deadline passed less than a day ago' : `Deadline passed ${days} day${days === 1 ? '' : 's'} ago`;
    };
    const showPassed = (timer, deadline) => {
        const words = passedWords(Date.now() - deadline);
        timer.querySelector('.countdown-parts')?.setAttribute('hidden', '');
        const passed = timer.querySelector('.countdown-passed');
        if (passed) {
            passed.textContent = words;
            passed.removeAttribute('hidden');
        }
        timer.setAttribute('aria-label', words);
    };
    const tick = () => {
        for (const timer of document.querySelectorAll('[data-countdown-deadline]')) {
            const deadline = Date.parse(timer.getAttribute('data-countdown-deadline'));
            if (Number.isNaN(deadline)) continue;
            let left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
            const days = Math.floor(left / 86400); left -= days * 86400;
            const hours = Math.floor(left / 3600); left -= hours * 3600;
            const minutes = Math.floor(left / 60);
            const seconds = left - minutes * 60;
            const parts = { days, hours, minutes, seconds };
            for (const [unit, value] of Object.entries(parts)) {
                const cell = timer.querySelector(`[data-unit="${unit}"]`);
                if (cell && cell.textContent !== pad(value)) cell.textContent = pad(value);
            }
            timer.setAttribute('aria-label', `${days} days, ${hours} hours, ${minutes} minutes left`);
            if (days + hours + minutes + seconds > 0) {
                timer.dataset.countdownRunning = '';
            } else {
                timer.removeAttribute('data-countdown-deadline');
                showPassed(timer, deadline);
                // Only a countdown seen running reloads: a browser whose clock is ahead of the server's would
                // otherwise reload for ever.
                if (timer.hasAttribute('data-countdown-reload') && 'countdownRunning' in timer.dataset) {
                    setTimeout(() => location.reload(), 1500);
                }
            }
        }
    };
    // An instant in the reader's own time zone, which only the browser knows.
    const localTimes = () => {
        for (const cell of document.querySelectorAll('[data-local-time]')) {
            const instant = new Date(cell.getAttribute('data-local-time'));
            if (Number.isNaN(instant.getTime())) continue;
            const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            const text = new Intl.DateTimeFormat('en-GB', {
                weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
            }).format(instant) + (zone ? ` (${zone})` : '');
            if (cell.textContent !== text) cell.textContent = text;
        }
    };

    // The Embed button's "Copy the code": shown only where a script can copy; the code stays selectable without it.
    const copyButtons = () => {
        for (const button of document.querySelectorAll('[data-copy][hidden]')) {
            if (navigator.clipboard) button.hidden = false;
        }
    };
    document.addEventListener('click', (event) => {
        const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
        const source = button ? document.getElementById(button.getAttribute('data-copy')) : null;
        if (!source) return;
        navigator.clipboard.writeText(source.value).then(
            () => { button.textContent = 'Copied'; },
            () => { source.select(); });
    });

    const refresh = () => { tick(); localTimes(); refocus(); copyButtons(); };
    refresh();
    setInterval(tick, 1000);
    // Enhanced navigation swaps the page without loading this script again.
    window.Blazor?.addEventListener?.('enhancedload', refresh);
    document.addEventListener('DOMContentLoaded', refresh);
})();
