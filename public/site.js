// "/" or Ctrl/Cmd+K opens search (the nav link with aria-keyshortcuts, at #search-input); "/" still types in fields.
addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.isComposing || e.altKey) return;
  const k = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  if (!k && !(e.key === '/' && !e.ctrlKey && !e.metaKey && !typing)) return;
  e.preventDefault();
  const input = document.querySelector('#search input');
  const link = document.querySelector('a[aria-keyshortcuts]');
  if (input) input.focus();
  else if (link) location.assign(`${link.pathname}#search-input`);
});
// Dates in the reader's language format; a date is a calendar day, so it is formatted in UTC.
for (const time of document.querySelectorAll('time[datetime][data-style]')) {
  const day = time.getAttribute('datetime');
  const dateStyle = time.dataset.style === 'long' ? 'full' : 'medium';
  if (/^\d{4}-\d{2}-\d{2}$/.test(day))
    time.textContent = new Intl.DateTimeFormat(navigator.languages, { dateStyle, timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
}
