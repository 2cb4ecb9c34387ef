/** Slugs and ids from file names, the same whatever Unicode normalisation or letter case the file system used. */

/** A URL-safe slug from a file name (without extension): NFKD, accents stripped, lower case, hyphens. */
export function slugFromFileName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
