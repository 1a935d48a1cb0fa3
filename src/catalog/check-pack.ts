import { checkBilling } from './check-billing.js';
import { checkCitations } from './check-citations.js';
import { checkEntries } from './check-entries.js';
import { checkReferences } from './check-references.js';
import { packKey } from './load-pack.js';
import type { LintReport } from './lint-report.js';
import { PackFiles, type Pack, type PackFileName } from './schema/index.js';

/**
 * Checks a loaded pack beyond its schema: unique ids and forward dates, billing consistency and duplicate
 * rates, every cross-reference and decision, and citations (against source line counts when given).
 */
export function checkPack(pack: Pack, lineCounts?: ReadonlyMap<string, number>): LintReport {
  const references = checkReferences(pack);
  const parts = [checkEntries(pack), checkBilling(pack), references, checkCitations(pack, lineCounts)];
  return {
    program: pack.manifest.id,
    dir: pack.dir,
    errors: parts.flatMap((p) => p.errors),
    warnings: parts.flatMap((p) => p.warnings),
    decisions: pack.decisions.map((d) => ({
      id: d.id, title: d.title, kind: d.kind, status: d.status, inForce: d.inForce,
      referencedBy: references.referencedBy.get(d.id) ?? [],
    })),
    counts: Object.fromEntries((Object.keys(PackFiles) as PackFileName[]).map((f) => [f, (pack[packKey(f)] as unknown[]).length])),
  };
}
