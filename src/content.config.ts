/** Wires the content folders to the content model: one loader per collection, the schemas from src/schemas. */
import { defineCollection } from 'astro:content';
import { articleSchema, organisationSchema, personSchema } from './schemas/content.ts';
import { contentLoader } from './pipeline/content-loader.ts';

export const collections = {
  articles: defineCollection({ loader: contentLoader('articles'), schema: articleSchema }),
  people: defineCollection({ loader: contentLoader('people'), schema: personSchema }),
  organisations: defineCollection({ loader: contentLoader('organisations'), schema: organisationSchema }),
};
