import { Decimal } from 'decimal.js';
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
  const byClaim = new Map<string, RemittedClaim>();
  for (const l of lines) {
    const claim = byClaim.get(l.claimId) ?? {
      claimId: l.claimId, patientControlNumber: l.patientControlNumber, medicaidId: l.medicaidId, memberId: l.memberId, frequency: l.frequency,
      statusCode: '4' as const, charge: '0.00', paid: '0.00', lines: [],
    };
    const difference = new Decimal(l.charge).minus(l.paid);
    const adjustments: Adjustment[] = [];
    const remarks: string[] = [];
    const reason = l.findings.map((f) => catalogs.get(l.program)?.reason(f.reason)).find((r) => r);
    if (reason?.rarc) remarks.push(reason.rarc);
    if (!difference.isZero()) {
      const carc = l.status === 'denied' || l.status === 'reduced' ? reason?.carc ?? { group: 'CO', code: '45' } : { group: 'CO', code: '45' };
      adjustments.push({ group: carc.group, code: carc.code, amount: difference.toFixed(2) });
    }
    claim.lines.push({
      lineId: l.lineId, lineNumber: l.lineNumber, serviceDate: l.serviceDate, code: l.code, modifiers: l.modifiers, units: l.units,
      paidUnits: l.paidUnits, status: l.status, charge: l.charge, allowed: l.allowed, paid: l.paid, adjustments, remarks,
    });
    claim.charge = new Decimal(claim.charge).plus(l.charge).toFixed(2);
    claim.paid = new Decimal(claim.paid).plus(l.paid).toFixed(2);
    if (l.status !== 'denied') claim.statusCode = '1';
    byClaim.set(l.claimId, claim);
  }
  const claims = [...byClaim.values()];
  const billed = claims.reduce((s, c) => s.plus(c.charge), new Decimal(0));
  const paid = claims.reduce((s, c) => s.plus(c.paid), new Decimal(0));
  const recouped = recoupments.reduce((s, r) => s.plus(r.amount), new Decimal(0));
  return {
    ...head, claims, recoupments,
    totals: { billed: billed.toFixed(2), paid: paid.toFixed(2), recouped: recouped.toFixed(2), net: paid.minus(recouped).toFixed(2) },
  };
}
