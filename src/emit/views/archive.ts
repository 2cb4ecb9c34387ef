/** The archive, as data: articles grouped by year and month, newest first. */
import type { Article, Corpus } from '../../derive/corpus.ts';
import { monthLabel } from './dates.ts';

/** One month of the archive. */
export interface ArchiveMonth {
  /** "2022" */
  year: string;
  /** "11" */
  month: string;
  /** "November 2022" */
  label: string;
  /** Newest first. */
  articles: Article[];
}

/** One year of the archive. */
export interface ArchiveYear {
  year: string;
  /** Months that have articles, newest first. */
  months: ArchiveMonth[];
  /** Articles in the year. */
  count: number;
}

/** Every year and month that has articles, newest first (the corpus is already newest first). */
export function archiveYears(corpus: Corpus): ArchiveYear[] {
  const years = new Map<string, Map<string, ArchiveMonth>>();
  for (const article of corpus.articles) {
    const [year = '', month = ''] = article.data.date.split('-');
    const months = years.get(year) ?? new Map<string, ArchiveMonth>();
    years.set(year, months);
    const entry = months.get(month) ?? { year, month, label: monthLabel(`${year}-${month}`), articles: [] };
    months.set(month, entry);
    entry.articles.push(article);
  }
  return [...years].map(([year, months]) => ({
    year,
    months: [...months.values()],
    count: [...months.values()].reduce((n, m) => n + m.articles.length, 0),
  }));
}

/** An article's neighbours by date: the next newer and the next older article, when there are any. */
export function neighbours(corpus: Corpus, slug: string): { newer?: Article; older?: Article } {
  const at = corpus.positions.get(slug) ?? -1;
  const newer = at > 0 ? corpus.articles[at - 1] : undefined;
  const older = at >= 0 ? corpus.articles[at + 1] : undefined;
  return { ...(newer && { newer }), ...(older && { older }) };
}
