// Starts Pagefind's default search interface on the search page (src/pages/search.astro), which says where the
// index lives: under the base path, so a sub-path deploy finds it. A ?q= query (the WebSite SearchAction) runs at once.
(() => {
  const root = document.getElementById('search');
  if (!root || typeof PagefindUI !== 'function') return;
  const ui = new PagefindUI({
    element: root,
    bundlePath: root.dataset.bundlePath,
    baseUrl: root.dataset.baseUrl,
    showSubResults: true,
    showImages: false,
  });
  // The keyboard shortcut (site.js) opens this page at #search-input. Pagefind's field gets that id, so the address
  // points at it and the browser focuses it; it is focused here too in case the field is drawn after the browser
  // looked. (Not Pagefind's `autofocus`: browsers ignore autofocus when the address has a fragment.)
  const ready = () => {
    const input = root.querySelector('input');
    if (!input) return false;
    input.id = 'search-input';
    // A visible label, not only Pagefind's placeholder and title: it says what the field searches, and stays.
    if (!document.querySelector('label[for="search-input"]')) {
      const label = document.createElement('label');
      label.htmlFor = 'search-input';
      label.className = 'search-label';
      label.textContent = 'Search articles, people and organisations';
      root.before(label);
    }
    if (location.hash === '#search-input') input.focus();
    return true;
  };
  if (!ready()) {
    const observer = new MutationObserver(() => ready() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
})();
