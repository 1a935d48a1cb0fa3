import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPacks } from '../../catalog/index.js';
import type { FidelityInstrument, ItemScale, Pack } from '../../catalog/schema/index.js';

const policyDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../policy');

/**
 * The real program pack that has a team fidelity instrument and an item scale, for tests that check every threshold
 * the manual sets (loaded once; picked by content, so no program is named here).
 */
let loaded: Promise<Pack> | null = null;
export async function realPack(): Promise<{ pack: Pack; tmact: FidelityInstrument; seScale: ItemScale }> {
  loaded ??= loadPacks(policyDir).then((r) => {
    if (!r.ok) throw new Error('the policy packs do not load');
    const pack = r.value.find((p) => p.fidelity.length > 0 && p.scales.length > 0);
    if (!pack) throw new Error('no policy pack has a fidelity instrument and an item scale');
    return pack;
  });
  const pack = await loaded;
  return { pack, tmact: pack.fidelity[0]!, seScale: pack.scales[0]! };
}
