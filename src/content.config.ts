/** Wires the content folders to the content model: one loader per collection, the schemas from src/model. */
import { defineCollection } from 'astro:content';
import { articleSchema, organisationSchema, personSchema } from './model/content.ts';
import { contentLoader } from './parse/content-loader.ts';

export const collections = {
  articles: defineCollection({ loader: contentLoader('articles'), schema: articleSchema }),
  people: defineCollection({ loader: contentLoader('people'), schema: personSchema }),
  organisations: defineCollection({ loader: contentLoader('organisations'), schema: organisationSchema }),
};
