import { findingsFor, type Findings } from './findings.js';
import { parseCitation } from './parse-citation.js';
import type { Pack } from './schema/index.js';
import { walkPack } from './walk-pack.js';

/**
 * Every citation names a source the pack lists in pack.yaml and, when the source texts are at hand
 * (`lineCounts`: file → number of lines; undefined skips the check), a line range inside that file.
 */
export function checkCitations(pack: Pack, lineCounts: ReadonlyMap<string, number> | undefined): Findings {
  const out = findingsFor(pack);
  const listed = new Set(pack.manifest.sources.map((s) => s.file));
  if (lineCounts) {
    pack.manifest.sources.forEach((s, i) => {
      if (!lineCounts.has(s.file)) out.error({ file: 'pack.yaml', path: `sources[${i}].file` }, `Source file ${s.file} is not in the sources folder`);
    });
  }
  walkPack(pack, (at, _key, value) => {
    if (typeof value !== 'string') return;
    const citation = parseCitation(value);
    if (!citation) return;
    if (!listed.has(citation.file)) {
      out.error(at, `Cites ${citation.file}, which pack.yaml does not list among its sources`);
      return;
    }
    if (citation.from > citation.to) out.error(at, `Citation ${value} runs backwards`);
    const lines = lineCounts?.get(citation.file);
    if (lines !== undefined && (citation.from < 1 || citation.to > lines)) {
      out.error(at, `Citation ${value} points past the end of ${citation.file} (${lines} lines)`);
    }
  });
  return out;
}
