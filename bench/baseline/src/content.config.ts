/** The baseline's collections: Astro's own glob loader over the benchmark corpus (CONTENT_DIR), nothing custom. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env.CONTENT_DIR ?? '../corpus-1000/content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/articles` }),
    schema: z.object({
      title: z.string(),
      // The generator quotes dates; coerce anyway so unquoted YAML dates (parsed as Date) also work.
      date: z.coerce.string(),
      people: z.array(z.string()).default([]),
      organisations: z.array(z.string()).default([]),
    }),
  }),
  people: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/people` }),
    schema: z.object({
      name: z.string(),
      description: z.string(),
      roles: z.array(z.object({ title: z.string(), organisation: z.string().optional() })).default([]),
    }),
  }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/organisations` }),
    schema: z.object({ name: z.string(), kind: z.string(), description: z.string() }),
  }),
};
