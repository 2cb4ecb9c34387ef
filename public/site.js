// "/" or Ctrl/Cmd+K opens search: focuses its field, or goes to the search page (the nav link with
// aria-keyshortcuts) at #search-input, its field. "/" still types in text fields.
addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
  const k = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  const target = event.target;
  const typing =
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (!k && !(slash && !typing)) return;
  event.preventDefault();
  const input = document.querySelector('#search input');
  const link = document.querySelector('a[aria-keyshortcuts]');
  if (input) input.focus();
  else if (link) location.assign(`${link.pathname}#search-input`);
});

// Dates in the reader's own language format. The page is built with English dates (en-GB, computed in UTC); a date
// is a calendar day, so it is formatted in UTC here too and never shifts by a day in the reader's time zone.
const dateStyles = { long: { dateStyle: 'full' }, short: { dateStyle: 'medium' } };
for (const time of document.querySelectorAll('time[datetime][data-style]')) {
  const day = time.getAttribute('datetime');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
  const options = { ...dateStyles[time.dataset.style], timeZone: 'UTC' };
  time.textContent = new Intl.DateTimeFormat(navigator.languages, options).format(new Date(`${day}T00:00:00Z`));
}
