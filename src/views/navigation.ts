/** The main navigation, as data: label and address of each section, in order. */
import type { Urls } from '../urls.ts';

/** One entry of the main navigation. */
export interface NavigationItem {
  label: string;
  href: (urls: Urls) => string;
}

/** The sections a reader can reach from every page. */
export const NAVIGATION: readonly NavigationItem[] = [
  { label: 'Articles', href: (u) => u.home() },
  { label: 'People', href: (u) => u.people() },
  { label: 'Organisations', href: (u) => u.organisations() },
];
