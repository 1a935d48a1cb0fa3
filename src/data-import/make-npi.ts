/**
 * Completes a 9-digit NPI base with its check digit: the Luhn check over "80840" + the base, the prefix the
 * NPI standard prepends so NPIs share the check of health-industry card numbers.
 */
export function makeNpi(base: string): string {
  if (!/^\d{9}$/.test(base)) throw new Error(`NPI base must be 9 digits, got "${base}"`);
  return base + String((10 - (luhnSum('80840' + base, true) % 10)) % 10);
}

/** Whether a 10-digit NPI carries the right check digit. */
export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && luhnSum('80840' + npi, false) % 10 === 0;
}

/** Luhn sum; `doubleLast` doubles the rightmost digit (when computing a check digit still to be appended). */
function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  for (let i = digits.length - 1, double = doubleLast; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum;
}
