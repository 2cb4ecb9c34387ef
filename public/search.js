// Starts Pagefind's default search interface on the search page (src/pages/search.astro), which says where the
// index lives: under the base path, so a sub-path deploy finds it. A ?q= query (the WebSite SearchAction) runs at once.
//
// Each result is reshaped before it is shown (processResult): it says what kind of page it is, and its sub-results are
// the paragraphs the words were found in, each linking to its paragraph (Pagefind's own sub-results follow headings,
// which an article barely has). Filters show only values that have results.
(() => {
  const root = document.getElementById('search');
  if (!root || typeof PagefindUI !== 'function') return;

  const escape = (text) =>
    text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const isParagraph = (anchor) => anchor.element === 'p' && /^p-\d+$/.test(anchor.id);

  // The words of a paragraph around its hits, the hits marked: `offsets` are word positions within the paragraph.
  const excerpt = (text, offsets) => {
    // A quotation's reference number follows its closing mark in the paragraph's text ("moment,”1"): not a word.
    const words = text
      .replace(/([”’"])\d+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    const first = Math.max(0, Math.min(...offsets) - 12);
    const last = Math.min(words.length, first + 30);
    const hits = new Set(offsets);
    const shown = words
      .slice(first, last)
      .map((word, i) => (hits.has(first + i) ? `<mark>${escape(word)}</mark>` : escape(word)));
    return `${first > 0 ? '… ' : ''}${shown.join(' ')}${last < words.length ? ' …' : ''}`;
  };

  const processResult = (result) => {
    // The title is printed as text, so the kind goes in front of it: "Person · Ana Silva".
    const kind = result.filters?.type?.[0];
    if (kind && result.meta?.title) result.meta.title = `${kind} · ${result.meta.title}`;
    const paragraphs = (result.anchors ?? []).filter(isParagraph).sort((a, b) => a.location - b.location);
    if (paragraphs.length === 0 || !result.locations?.length) return result;
    const found = new Map();
    for (const location of result.locations) {
      const paragraph = paragraphs.filter((p) => p.location <= location).at(-1);
      if (!paragraph) continue;
      found.set(paragraph, [...(found.get(paragraph) ?? []), location - paragraph.location]);
    }
    if (found.size === 0) return result;
    const page = result.url.split('#')[0];
    result.sub_results = [...found].map(([paragraph, offsets]) => ({
      title: `Paragraph ${paragraph.id.slice(2)}`,
      url: `${page}#${paragraph.id}`,
      anchor: paragraph,
      locations: offsets.map((o) => o + paragraph.location),
      weighted_locations: offsets.map((o) => ({ weight: 1, balanced_score: 1, location: o + paragraph.location })),
      excerpt: excerpt(paragraph.text, offsets),
    }));
    return result;
  };

  // The other parts of a split index (src/pages/search.astro lists them), merged into the one search.
  const merge = JSON.parse(root.dataset.merge || '[]').map((bundlePath) => ({ bundlePath }));
  const ui = new PagefindUI({
    element: root,
    bundlePath: root.dataset.bundlePath,
    mergeIndex: merge,
    baseUrl: root.dataset.baseUrl,
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    processResult,
    // A long article that is about the words should rank above a short page that only lists them.
    ranking: { pageLength: 0.1, termFrequency: 0.6 },
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
