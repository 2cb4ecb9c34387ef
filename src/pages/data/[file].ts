/** The site's data as static files under /data/ (the list and what each holds: src/emit/views/data-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, getDatasets } from '../../derive/load-corpus.ts';
import { urls } from '../../model/urls.ts';
import { DATA_FILES } from '../../emit/views/data-files.ts';

export const getStaticPaths = (() =>
  DATA_FILES.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: (typeof DATA_FILES)[number] };
  const type = file.name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(file.render(await getCorpus(), await getDatasets(), urls), { headers: { 'Content-Type': type } });
};
