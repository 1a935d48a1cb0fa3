import type { Catalogs, FidelityInstrument, ItemScale } from '../../catalog/index.js';

/** The fidelity instrument that rates a team program (the first pack that has one), or an item scale by id. */
export function findInstrument(catalogs: Catalogs, by: { teamProgram?: string; id?: string }): FidelityInstrument | undefined {
  for (const catalog of catalogs.list()) {
    const found = catalog.pack.fidelity.find((f) => (by.id ? f.id === by.id : f.program === by.teamProgram));
    if (found) return found;
  }
  return undefined;
}

/** An item scale by id with the program whose pack holds it. */
export function findScale(catalogs: Catalogs, id: string): { program: string; scale: ItemScale } | undefined {
  for (const catalog of catalogs.list()) {
    const scale = catalog.pack.scales.find((s) => s.id === id);
    if (scale) return { program: catalog.program, scale };
  }
  return undefined;
}
