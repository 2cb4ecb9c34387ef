/**
 * The entities of the content model: people and organisations, the key that names one across the site, and a mention
 * of one in text. Every module that speaks of an entity takes these from here.
 */

/** Which registry an entity comes from, in the order lists show them. */
export const ENTITY_TYPES = ['person', 'organisation'] as const;

/** Which registry an entity comes from. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A person or organisation, by registry and id. */
export interface EntityRef {
  type: EntityType;
  id: string;
}

/** A place in a text where a registered entity is named, with its character offsets. */
export interface Mention extends EntityRef {
  /** The name as the text writes it. */
  text: string;
  /** Offset of the first character of the name in the text. */
  start: number;
  /** Offset just past the last character of the name. */
  end: number;
}

/** The content folder of each registry, and the article field that lists its entities. */
export const REGISTRIES = {
  person: { folder: 'people', field: 'people' },
  organisation: { folder: 'organisations', field: 'organisations' },
} as const satisfies Record<EntityType, { folder: string; field: string }>;

/** The key that names one entity across the site's indexes: "person:joe-biden" has the form `<type>:<id>`. */
export function entityKey(ref: EntityRef): string {
  return `${ref.type}:${ref.id}`;
}

/** The entity an entityKey names; throws on a string that no entityKey made. */
export function parseEntityKey(key: string): EntityRef {
  const at = key.indexOf(':');
  const type = key.slice(0, at);
  if (at <= 0 || !(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`not an entity key: "${key}"`);
  return { type: type as EntityType, id: key.slice(at + 1) };
}
