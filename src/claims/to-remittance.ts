import { Decimal } from 'decimal.js';
import type { Remittance } from './remit/remittance.js';
import type { RemittanceDocument } from './remittance-document.js';

/** Who pays: N1*PR name and TRN03 id ("1" + EIN), from the program pack's `payer` (pack.yaml), never hard-coded. */
export interface Payer { name: string; id: string; contact?: Remittance['payer']['contact'] }

/**
 * Our remittance document in the remit module's `Remittance` shape (what write835 renders): CLP per claim with
 * our claim id as CLP07, SVC per line with its CAS and RARCs, PLB WO per recoupment. Payment is NON when nothing
 * is left to pay after recoupments.
 */
export function toRemittance(doc: RemittanceDocument, payer: Payer): Remittance {
  return {
    payer: { name: payer.name, id: payer.id, ...(payer.contact ? { contact: payer.contact } : {}) },
    payee: { name: doc.payee.name ?? doc.payee.npi, ...(doc.payee.npi ? { npi: doc.payee.npi } : {}) },
    paymentDate: doc.runOn,
    paymentMethod: new Decimal(doc.totals.net).gt(0) ? 'CHK' : 'NON',
    traceNumber: doc.remittanceId.replace(/-/g, '').slice(0, 30),
    claims: doc.claims.map((c) => ({
      patientControlNumber: c.patientControlNumber, status: c.statusCode, chargeAmount: c.charge, paidAmount: c.paid, payerClaimId: c.claimId,
      member: { medicaidId: c.medicaidId }, adjustments: [],
      lines: c.lines.map((l) => ({
        code: l.code, modifiers: l.modifiers, units: l.paidUnits, chargeAmount: l.charge, paidAmount: l.paid, allowedAmount: l.allowed,
        serviceDate: l.serviceDate, lineControlNumber: String(l.lineNumber),
        adjustments: l.adjustments.map((a) => ({ group: a.group as Remittance['claims'][number]['adjustments'][number]['group'], code: a.code, amount: a.amount })),
        remarkCodes: l.remarks,
      })),
    })),
    providerAdjustments: doc.recoupments.map((r) => ({ reason: 'WO', reference: r.claimId.slice(0, 50), amount: r.amount })),
  };
}
