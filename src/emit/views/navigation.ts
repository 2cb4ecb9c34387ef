/** The main navigation, as data: label and address of each section, in order. */
import type { Urls } from '../../model/urls.ts';

/** One entry of the main navigation. */
export interface NavigationItem {
  label: string;
  href: (urls: Urls) => string;
  /** Keys that open this section from any page (public/site.js), announced with aria-keyshortcuts. */
  keyshortcuts?: string;
}

/** The sections a reader can reach from every page. */
export const NAVIGATION: readonly NavigationItem[] = [
  { label: 'Articles', href: (u) => u.home() },
  { label: 'People', href: (u) => u.people() },
  { label: 'Organisations', href: (u) => u.organisations() },
  { label: 'Archive', href: (u) => u.archive() },
  { label: 'Quotes', href: (u) => u.section('quotes') },
  { label: 'Sources', href: (u) => u.section('sources') },
  { label: 'Network', href: (u) => u.section('network') },
  { label: 'Timeline', href: (u) => u.section('timeline') },
  { label: 'Data', href: (u) => u.section('data') },
  { label: 'Search', href: (u) => u.search(), keyshortcuts: '/ Control+K Meta+K' },
];
