/**
 * The YAML files editors keep beside the articles, text in and validated data out: ledgers and the policy files.
 * Each goes through the site's one YAML parser (yaml.ts) and the schema of its model, and throws one Error whose
 * message names the file and every problem.
 */
import { validateLedger, type Ledger } from '../model/ledger.ts';
import { validateSubstitutionTable, type SubstitutionTable } from '../model/substitution-table.ts';
import { validateAttributionVocabulary, type AttributionVocabulary } from '../model/vocabulary.ts';
import { parseYaml } from './yaml.ts';

/** YAML text to data, with the file named in the error. */
function yamlOf(source: string, file: string): unknown {
  try {
    return parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

/** Parses and validates an edit ledger. */
export function parseLedger(source: string, file: string): Ledger {
  return validateLedger(yamlOf(source, file), file);
}

/** Parses and validates the attribution vocabulary. */
export function parseAttributionVocabulary(source: string, file: string): AttributionVocabulary {
  return validateAttributionVocabulary(yamlOf(source, file), file);
}

/** Parses and validates the spinner substitution table. */
export function parseSubstitutionTable(source: string, file: string): SubstitutionTable {
  return validateSubstitutionTable(yamlOf(source, file), file);
}
