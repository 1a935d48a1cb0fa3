// Writes docs/import-format.schema.json from the import format's zod schemas (src/data-import/bundle-schema.ts).
// Run after changing the format: npx tsx scripts/write-import-schema.ts (a test fails while the file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importJsonSchema } from '../src/data-import/import-json-schema.js';

const out = fileURLToPath(new URL('../docs/import-format.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify(importJsonSchema(), null, 2) + '\n');
console.log(`Wrote ${out}`);
