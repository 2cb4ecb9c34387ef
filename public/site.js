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
