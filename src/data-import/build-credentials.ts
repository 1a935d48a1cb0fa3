import type { StaffRecord } from './bundle-schema.js';
import type { Degree, ProgramProfile, RoleProfile } from './program-profile.js';
import { isoDate } from './epoch-day.js';
import type { Random } from './seeded-random.js';

type Credential = StaffRecord['credentials'][number];

const GRADUATION_AGE: Record<Degree, number> = { none: 18, 'high-school': 18, associate: 20, bachelor: 22, master: 24, doctoral: 28 };

export interface Hire { asOf: number; hired: number; born: number; degree: Degree }

/**
 * A staff member's credentials for their role as of `asOf`: degree, licenses, certifications, background checks,
 * trainings, driver's license. About one dated credential in twenty has expired and one in twelve expires within
 * 60 days, so credential monitoring has something to find; some peers finish core training late. Issuers and
 * certification terms come from the demo profile.
 */
export function buildCredentials(role: RoleProfile, issuers: ProgramProfile['issuers'], rng: Random, { asOf, hired, born, degree }: Hire): Credential[] {
  const out: Credential[] = [];
  if (degree !== 'none') {
    const graduated = Math.min(hired - 30, Math.max(born + Math.round(GRADUATION_AGE[degree] * 365.25), hired - rng.int(365, 6000)));
    out.push({ kind: 'degree', name: degree === 'high-school' ? 'high-school-diploma' : degree, from: isoDate(graduated) });
  }
  if (role.licenses && rng.chance(role.licensedShare ?? 1)) {
    for (const { name, prefix } of rng.pick(role.licenses)) {
      out.push({ kind: 'license', name, number: `${prefix}-${String(rng.int(1, 999999)).padStart(6, '0')}`, issuer: issuers.license, ...renewable(rng, asOf, 730) });
    }
  }
  for (const name of role.certifications ?? []) {
    const { issuer, termDays } = issuers.certifications[name] ?? issuers.otherCertifications;
    out.push({ kind: 'certification', name, issuer, ...renewable(rng, asOf, termDays) });
  }
  for (const name of role.backgroundChecks) out.push({ kind: 'background-check', name, from: isoDate(hired - rng.int(5, 40)) });
  for (const name of role.trainings) {
    // Peer Specialists must finish core training within six months of hire; some finish late.
    const taken = hired + (name === 'peer-specialist-training' ? rng.int(10, 240) : rng.int(0, 60));
    if (taken > asOf) continue;
    out.push(name === 'cpr-first-aid' ? { kind: 'training', name, ...renewable(rng, asOf, 730) } : { kind: 'training', name, from: isoDate(taken) });
  }
  if (role.drives) out.push({ kind: 'driver-license', name: 'drivers-license', issuer: issuers.driverLicense, ...renewable(rng, asOf, 2920) });
  return out;
}

/** Issue and expiry dates of a credential renewed every `termDays`. */
function renewable(rng: Random, asOf: number, termDays: number): { from: string; to: string } {
  const roll = rng.next();
  const to = roll < 0.05 ? asOf - rng.int(1, 180) : roll < 0.13 ? asOf + rng.int(0, 60) : asOf + rng.int(61, termDays);
  return { from: isoDate(to - termDays + 1), to: isoDate(to) };
}
