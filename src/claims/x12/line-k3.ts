/**
 * Our companion-guide convention for what 005010X222A1 has no element for (docs/x12.md, "Line K3"): a 2400 K3 whose
 * K301 is a three-letter key and a fixed number of digits — `K3*GRP06` members served together in the group,
 * `K3*RES05` residents in the home, `K3*MIN045` minutes of face-to-face contact on a line billed in units (a per
 * diem's qualifying contact; a line billed in minutes, SV103 MJ, already says them). One value per K3; any other K3
 * text is someone else's state data and is read past.
 */
export const LINE_K3_KEYS = {
  GRP: { field: 'groupSize', digits: 2 },
  RES: { field: 'residents', digits: 2 },
  MIN: { field: 'minutes', digits: 3 },
} as const;
const WORDS: Record<number, string> = { 2: 'two', 3: 'three' };

export type LineK3Field = (typeof LINE_K3_KEYS)[keyof typeof LINE_K3_KEYS]['field'];

export type LineK3 = { field: LineK3Field; value: number } | { field: LineK3Field; problem: string } | null;

/** Reads one K301: null when it is not ours, else the value or what is wrong with it. */
export function readLineK3(k301: string): LineK3 {
  const key = k301.slice(0, 3);
  const spec = LINE_K3_KEYS[key as keyof typeof LINE_K3_KEYS];
  if (!spec) return null;
  const digits = k301.slice(3);
  const example = `${key}${'6'.padStart(spec.digits, '0')}`;
  if (digits.length !== spec.digits || !/^\d+$/.test(digits)) return { field: spec.field, problem: `K301 ${key} must be followed by exactly ${WORDS[spec.digits]} digits, e.g. ${example}` };
  if (Number(digits) === 0) return { field: spec.field, problem: `K301 ${key} must be at least ${'1'.padStart(spec.digits, '0')}` };
  return { field: spec.field, value: Number(digits) };
}

/**
 * The K301 values a line's group size, residents and (for a line billed in units) contact minutes are written as;
 * none when the line reports none of them.
 */
export function lineK3Values(line: { groupSize?: number; residents?: number; minutes?: number; quantityBasis?: string }): string[] {
  const out: string[] = [];
  for (const [key, { field, digits }] of Object.entries(LINE_K3_KEYS)) {
    const value = line[field];
    if (value === undefined || (field === 'minutes' && line.quantityBasis === 'MJ')) continue;
    const max = 10 ** digits - 1;
    if (!Number.isInteger(value) || value < 1 || value > max) {
      if (field === 'minutes' && value === 0) continue; // no contact minutes to report
      throw new RangeError(`${field} ${value} does not fit the ${WORDS[digits]}-digit K3 ${key} convention`);
    }
    out.push(key + String(value).padStart(digits, '0'));
  }
  return out;
}
