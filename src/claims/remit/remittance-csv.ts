import type { Adjustment, Remittance } from './remittance.js';

const COLUMNS = ['record', 'trace_number', 'payment_date', 'payee_npi', 'patient_control_number', 'payer_claim_id', 'claim_status', 'member_id',
  'line', 'code', 'modifiers', 'units', 'service_date', 'service_date_to', 'charge', 'allowed', 'paid', 'adjustments', 'remark_codes', 'reference'] as const;

/**
 * The remittance as CSV for a provider's spreadsheet: one row per service line (adjustments as `CO-45 25.00`, `;`-joined),
 * one `claim` row for a claim's claim-level adjustments or a claim without lines, one row per provider adjustment.
 */
export function remittanceCsv(remittances: readonly Remittance[]): string {
  const rows: string[] = [COLUMNS.join(',')];
  const row = (values: Partial<Record<(typeof COLUMNS)[number], string | number | undefined>>) => rows.push(COLUMNS.map((c) => quote(values[c])).join(','));
  for (const r of remittances) {
    const base = { trace_number: r.traceNumber, payment_date: r.paymentDate, payee_npi: r.payee.npi ?? r.payee.taxId };
    for (const c of r.claims) {
      const claim = { ...base, patient_control_number: c.patientControlNumber, payer_claim_id: c.payerClaimId, claim_status: c.status, member_id: c.member.medicaidId };
      if (c.adjustments.length || !c.lines.length)
        row({ record: 'claim', ...claim, charge: c.chargeAmount, paid: c.paidAmount, adjustments: adjustments(c.adjustments) });
      c.lines.forEach((l, i) => row({
        record: 'line', ...claim, line: l.lineControlNumber ?? i + 1, code: l.code, modifiers: l.modifiers.join(' '), units: l.units,
        service_date: l.serviceDate, service_date_to: l.serviceDateTo, charge: l.chargeAmount, allowed: l.allowedAmount, paid: l.paidAmount,
        adjustments: adjustments(l.adjustments), remark_codes: l.remarkCodes.join(' '),
      }));
    }
    for (const p of r.providerAdjustments) row({ record: 'provider-adjustment', ...base, adjustments: `${p.reason} ${p.amount}`, reference: p.reference });
  }
  return rows.join('\r\n') + '\r\n';
}

function adjustments(list: readonly Adjustment[]): string {
  return list.map((a) => `${a.group}-${a.code} ${a.amount}${a.units === undefined ? '' : ` (${a.units} units)`}`).join('; ');
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run it as a formula (amounts excepted). */
function quote(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (/^[=+@]/.test(s) || (/^-/.test(s) && !/^-\d+(\.\d+)?$/.test(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
