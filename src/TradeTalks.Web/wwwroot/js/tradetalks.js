// Small browser facts the server cannot know.
window.tradeTalks = {
    // The viewer's IANA time zone, e.g. "Europe/London".
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
