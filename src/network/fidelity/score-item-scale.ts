import type { ItemScale } from '../../catalog/schema/index.js';

export type ItemRatings = Record<string, number>;
export type ScaleScore =
  | { ok: true; total: number; band: { id: string; name: string }; rated: number }
  | { ok: false; errors: Array<{ item: string; message: string }> };

/**
 * Totals an item-rated fidelity scale (Supported Employment: 25 items rated 1–5) and names its band.
 * Every item must be rated with a whole anchor value; a missing or out-of-range rating names the item.
 */
export function scoreItemScale(scale: ItemScale, ratings: ItemRatings): ScaleScore {
  const errors: Array<{ item: string; message: string }> = [];
  let total = 0;
  for (const item of scale.items) {
    const r = ratings[item.id];
    const anchors = Object.keys(item.anchors).map(Number);
    if (r === undefined) errors.push({ item: item.id, message: `Item ${item.number} (${item.name}) is not rated` });
    else if (!Number.isInteger(r) || !anchors.includes(r)) {
      errors.push({ item: item.id, message: `Item ${item.number} (${item.name}) must be one of ${anchors.sort().join(', ')}` });
    } else total += r;
  }
  for (const id of Object.keys(ratings)) {
    if (!scale.items.some((i) => i.id === id)) errors.push({ item: id, message: `No item ${id} on ${scale.name}` });
  }
  if (errors.length) return { ok: false, errors };
  const band = scale.bands.find((b) => total >= b.min && total <= b.max);
  if (!band) return { ok: false, errors: [{ item: 'total', message: `Total ${total} falls in no band of ${scale.name}` }] };
  return { ok: true, total, band: { id: band.id, name: band.name }, rated: scale.items.length };
}
