import { centsOf as cents, dollarsOf as formatCents } from './engine/cents.js';
import type { Catalogs } from '../catalog/index.js';
import type { Finding } from './engine/types.js';

/** A claim-level adjustment: X12 CAS group + CARC and the amount. */
export interface Adjustment { group: string; code: string; amount: string }

export interface RemittedLine {
  lineId: string; lineNumber: number; serviceDate: string; code: string; modifiers: string[]; units: number; paidUnits: number;
  status: string; charge: string; allowed: string; paid: string; adjustments: Adjustment[]; remarks: string[];
}

export interface RemittedClaim {
  claimId: string; patientControlNumber: string; medicaidId: string; memberId: string | null; frequency: string;
  /** CLP02: 1 processed as primary, 4 denied. */
  statusCode: '1' | '4';
  charge: string; paid: string; lines: RemittedLine[];
}

/** Our remittance advice for one payee and cycle; the 835, JSON and CSV are renderings of it. */
export interface RemittanceDocument {
  remittanceId: string;
  /** The program that pays (one payer per remittance, so one program). */
  program: string;
  paymentCycleId: string;
  runOn: string;
  payee: { organizationId: string; npi: string; name: string | null };
  claims: RemittedClaim[];
  /** PLB: money taken back for voided or replaced lines already paid. */
  recoupments: Array<{ claimId: string; lineId: string; byClaimId: string; amount: string }>;
  totals: { billed: string; paid: string; recouped: string; net: string };
}

export interface LineForRemittance {
  lineId: string; claimId: string; lineNumber: number; serviceDate: string; code: string; modifiers: string[]; units: number; paidUnits: number;
  status: string; charge: string; allowed: string; paid: string; findings: Finding[];
  program: string; patientControlNumber: string; medicaidId: string; memberId: string | null; frequency: string;
}

/**
 * Builds a payee's remittance. Balanced by construction: each line's adjustments add up to charge − paid (the
 * first finding's CARC for a denial or reduction, else CO-45 charge over the fee schedule), claims sum their
 * lines, and the net payment is paid − recouped.
 */
export function remittanceDocument(catalogs: Catalogs, head: Omit<RemittanceDocument, 'claims' | 'totals' | 'recoupments'>, lines: LineForRemittance[],
  recoupments: RemittanceDocument['recoupments']): RemittanceDocument {
  // Sums in whole cents (exact); a cycle's remittance can hold a hundred thousand lines.
  const byClaim = new Map<string, RemittedClaim & { chargeCents: number; paidCents: number }>();
  for (const l of lines) {
    let claim = byClaim.get(l.claimId);
    if (!claim) {
      byClaim.set(l.claimId, (claim = {
        claimId: l.claimId, patientControlNumber: l.patientControlNumber, medicaidId: l.medicaidId, memberId: l.memberId, frequency: l.frequency,
        statusCode: '4' as const, charge: '0.00', paid: '0.00', lines: [], chargeCents: 0, paidCents: 0,
      }));
    }
    const difference = cents(l.charge) - cents(l.paid);
    const adjustments: Adjustment[] = [];
    const remarks: string[] = [];
    const reason = l.findings.map((f) => catalogs.get(l.program)?.reason(f.reason)).find((r) => r);
    if (reason?.rarc) remarks.push(reason.rarc);
    if (difference !== 0) {
      const carc = l.status === 'denied' || l.status === 'reduced' ? reason?.carc ?? { group: 'CO', code: '45' } : { group: 'CO', code: '45' };
      adjustments.push({ group: carc.group, code: carc.code, amount: formatCents(difference) });
    }
    claim.lines.push({
      lineId: l.lineId, lineNumber: l.lineNumber, serviceDate: l.serviceDate, code: l.code, modifiers: l.modifiers, units: l.units,
      paidUnits: l.paidUnits, status: l.status, charge: l.charge, allowed: l.allowed, paid: l.paid, adjustments, remarks,
    });
    claim.chargeCents += cents(l.charge);
    claim.paidCents += cents(l.paid);
    if (l.status !== 'denied') claim.statusCode = '1';
  }
  let billed = 0, paid = 0;
  const claims = [...byClaim.values()].map(({ chargeCents, paidCents, ...claim }): RemittedClaim => {
    billed += chargeCents; paid += paidCents;
    return { ...claim, charge: formatCents(chargeCents), paid: formatCents(paidCents) };
  });
  const recouped = recoupments.reduce((s, r) => s + cents(r.amount), 0);
  return {
    ...head, claims, recoupments,
    totals: { billed: formatCents(billed), paid: formatCents(paid), recouped: formatCents(recouped), net: formatCents(paid - recouped) },
  };
}
