// Renders docs/decisions.md from every pack's decisions.yaml: `npx tsx scripts/render-decisions-doc.ts`.
// The prose above the generated marker is kept; the tables below it are rewritten.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Decision } from '../src/catalog/schema/decisions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = join(root, 'docs', 'decisions.md');
export const GENERATED_MARKER = '<!-- Generated from policy/*/decisions.yaml by scripts/render-decisions-doc.ts — do not edit below this line. -->';

/** Markdown-safe table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The generated part of docs/decisions.md: one table per pack that has a register. */
export function renderDecisionTables(policyDir = join(root, 'policy')): string {
  const packs = readdirSync(policyDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(policyDir, d.name, 'decisions.yaml')))
    .map((d) => d.name)
    .sort();
  const out: string[] = [];
  for (const pack of packs) {
    const decisions = Decision.array().parse(parse(readFileSync(join(policyDir, pack, 'decisions.yaml'), 'utf8')));
    const counts = { contradiction: 0, 'open-question': 0 };
    decisions.forEach((d) => counts[d.kind]++);
    out.push(`## ${pack}`, '',
      `${decisions.length} decisions — ${counts.contradiction} contradictions, ${counts['open-question']} open questions.`, '',
      '| id | title | kind | digest | in force | citations |',
      '|---|---|---|---|---|---|');
    for (const d of decisions) {
      const cites = d.sources.map((s) => `\`${s}\``).join(', ');
      out.push(`| ${d.id} | ${cell(d.title)} | ${d.kind}${d.status === 'in-force' ? '' : ` (${d.status})`} | ${cell(d.digestRef ?? '')} | ${cell(d.inForce)} | ${cites} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Rewrites the generated part of docs/decisions.md, keeping the prose above the marker. */
function main(): void {
  const current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  const at = current.indexOf(GENERATED_MARKER);
  const prose = at >= 0 ? current.slice(0, at) : `${current.trimEnd()}\n\n`;
  writeFileSync(docPath, `${prose}${GENERATED_MARKER}\n\n${renderDecisionTables()}`);
  console.log(`wrote ${docPath}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
