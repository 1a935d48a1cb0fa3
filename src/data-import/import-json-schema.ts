import { z } from 'zod';
import { ImportFiles } from './bundle-schema.js';

/** `organizations.json` → `OrganizationRecord`, the name bundle-schema.ts exports. */
const recordName = (file: string) => {
  const plural = file.slice(0, -'.json'.length);
  const singular = plural === 'staff' ? 'staff' : plural.replace(/s$/, '');
  return `${singular[0].toUpperCase()}${singular.slice(1)}Record`;
};

/**
 * The import format as one JSON Schema (draft 2020-12): the folder seen as an object keyed by file name, with a
 * definition per record type. Derived from the zod schemas, so it cannot drift from what the importer accepts.
 */
export function importJsonSchema(): Record<string, unknown> {
  const $defs: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {};
  for (const [file, schema] of Object.entries(ImportFiles)) {
    // `input`: what a sender writes — fields with defaults (enrollments, credentials …) are optional.
    const { $schema: _, ...definition } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
    $defs[recordName(file)] = definition;
    properties[file] = { description: `The records of ${file}: a JSON array.`, type: 'array', items: { $ref: `#/$defs/${recordName(file)}` } };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'OpenHCBS import folder',
    description: 'An OpenHCBS import folder, seen as one object whose keys are its file names and whose values are the '
      + 'files\' contents. Validate a single file as an array of "#/$defs/<Name>Record". Generated from '
      + 'src/data-import/bundle-schema.ts by scripts/write-import-schema.ts; docs/import-format.md explains each field.',
    type: 'object',
    properties,
    additionalProperties: false,
    $defs,
  };
}
