import { stringify } from 'csv-stringify/sync';
import type { RemittanceDocument } from './remittance-document.js';

/** One row per remitted line (and per recoupment), for a provider's spreadsheet. */
export function remittanceCsv(doc: RemittanceDocument): string {
  const rows: unknown[][] = [];
  for (const c of doc.claims) {
    for (const l of c.lines) {
      rows.push([doc.remittanceId, c.claimId, c.patientControlNumber, c.medicaidId, l.lineNumber, l.serviceDate, [l.code, ...l.modifiers].join(':'),
        l.units, l.paidUnits, l.status, l.charge, l.allowed, l.paid, l.adjustments.map((a) => `${a.group}-${a.code} ${a.amount}`).join('; '), l.remarks.join(' ')]);
    }
  }
  for (const r of doc.recoupments) rows.push([doc.remittanceId, r.claimId, '', '', '', '', '', '', '', 'recouped', '', '', `-${r.amount}`, 'PLB WO', '']);
  return stringify(rows, {
    header: true,
    columns: ['remittance', 'claim', 'patient_control_number', 'medicaid_id', 'line', 'service_date', 'code', 'units', 'paid_units', 'status',
      'charge', 'allowed', 'paid', 'adjustments', 'remarks'],
  });
}
