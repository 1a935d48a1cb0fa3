import { Decimal } from 'decimal.js';
import { formatIsa, type InterchangeHeader } from '../x12/format-isa.js';
import { formatX12Amount } from '../x12/x12-amount.js';
import type { Adjustment, Remittance } from './remittance.js';
import { checkRemittanceBalance, remittanceTotal } from './check-remittance-balance.js';

export interface Write835Options extends InterchangeHeader {
  groupControlNumber: number;
}

/**
 * Writes remittances as one 835 (005010X221A1) interchange, one transaction set per remittance (per payee payment).
 * Throws when a remittance does not balance: that is a pipeline bug, and an unbalanced 835 must never leave.
 * The input is typed, not re-validated (a payment cycle's remittance has a hundred thousand lines); a remittance
 * from outside goes through `Remittance.parse` first.
 */
export function write835(remittances: readonly Remittance[], options: Write835Options): string {
  const sep = options.separators ?? { element: '*', component: ':', repetition: '^', segment: '~' };
  const term = sep.segment + (options.newline === false ? '' : '\n');
  const c = sep.component;
  const clean = (t: string) => t.split(sep.element).join(' ').split(c).join(' ').split(sep.segment).join(' ');
  const seg = (...el: string[]) => { while (el.length > 1 && el[el.length - 1] === '') el.pop(); return el.join(sep.element) + term; };
  const d8 = (iso: string) => iso.replaceAll('-', '');
  const [date8, time4] = [d8(options.date), options.time.replace(':', '')];
  let out = formatIsa(options, sep) + term;
  out += seg('GS', 'HP', options.sender, options.receiver, date8, time4, String(options.groupControlNumber), 'X', '005010X221A1');
  remittances.forEach((r, n) => {
    const problems = checkRemittanceBalance(r);
    if (problems.length) throw new Error(`Remittance ${r.traceNumber} does not balance: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    const st = String(n + 1).padStart(4, '0');
    const total = formatX12Amount(remittanceTotal(r));
    const body: string[] = [];
    const bank = r.paymentMethod === 'ACH' && r.eft ? ['CCP', '01', r.eft.payerDfi, 'DA', r.eft.payerAccount, r.payer.id, '', '01', r.eft.payeeDfi, 'DA', r.eft.payeeAccount] : Array(11).fill('');
    body.push(seg('BPR', r.paymentMethod === 'NON' ? 'H' : 'I', total, 'C', r.paymentMethod, ...bank, d8(r.paymentDate)));
    body.push(seg('TRN', '1', clean(r.traceNumber), r.payer.id));
    body.push(seg('DTM', '405', d8(r.paymentDate)));
    body.push(seg('N1', 'PR', clean(r.payer.name)));
    if (r.payer.address) body.push(...address(r.payer.address));
    if (r.payer.contact) {
      const { name, phone, email, url } = r.payer.contact;
      const ways = [...(phone ? ['TE', phone] : []), ...(email ? ['EM', clean(email)] : []), ...(url ? ['UR', clean(url)] : [])];
      if (ways.length) body.push(seg('PER', 'BL', clean(name ?? ''), ...ways));
    }
    body.push(r.payee.npi ? seg('N1', 'PE', clean(r.payee.name), 'XX', r.payee.npi) : seg('N1', 'PE', clean(r.payee.name), 'FI', clean(r.payee.taxId ?? '')));
    if (r.payee.address) body.push(...address(r.payee.address));
    if (r.payee.npi && r.payee.taxId) body.push(seg('REF', 'TJ', clean(r.payee.taxId)));
    if (r.claims.length) body.push(seg('LX', '1'));
    for (const claim of r.claims) {
      const pr = [...claim.adjustments, ...claim.lines.flatMap((l) => l.adjustments)].filter((a) => a.group === 'PR').reduce((s, a) => s.plus(a.amount), new Decimal(0));
      body.push(seg('CLP', clean(claim.patientControlNumber), claim.status, formatX12Amount(claim.chargeAmount), formatX12Amount(claim.paidAmount), pr.isZero() ? '' : formatX12Amount(pr), 'MC', clean(claim.payerClaimId)));
      body.push(...cas(claim.adjustments));
      const m = claim.member;
      body.push(seg('NM1', 'QC', '1', clean(m.lastName ?? ''), clean(m.firstName ?? ''), '', '', '', 'MR', clean(m.medicaidId)));
      for (const line of claim.lines) {
        body.push(seg('SVC', ['HC', line.code, ...line.modifiers].join(c), formatX12Amount(line.chargeAmount), formatX12Amount(line.paidAmount), '', String(line.units)));
        if (line.serviceDateTo) body.push(seg('DTM', '150', d8(line.serviceDate)), seg('DTM', '151', d8(line.serviceDateTo)));
        else body.push(seg('DTM', '472', d8(line.serviceDate)));
        body.push(...cas(line.adjustments));
        if (line.lineControlNumber) body.push(seg('REF', '6R', clean(line.lineControlNumber)));
        if (line.allowedAmount !== undefined) body.push(seg('AMT', 'B6', formatX12Amount(line.allowedAmount)));
        for (const remark of line.remarkCodes) body.push(seg('LQ', 'HE', remark));
      }
    }
    // PLB carries at most six adjustments; more continue in further PLB segments.
    const fiscal = d8(r.fiscalPeriodEnd ?? `${r.paymentDate.slice(0, 4)}-12-31`);
    for (let i = 0; i < r.providerAdjustments.length; i += 6) {
      const pairs = r.providerAdjustments.slice(i, i + 6).flatMap((p) => [p.reference ? `${p.reason}${c}${clean(p.reference)}` : p.reason, formatX12Amount(p.amount)]);
      body.push(seg('PLB', r.payee.npi ?? clean(r.payee.taxId ?? ''), fiscal, ...pairs));
    }
    out += seg('ST', '835', st) + body.join('') + seg('SE', String(body.length + 2), st);
  });
  out += seg('GE', String(remittances.length), String(options.groupControlNumber));
  return out + seg('IEA', '1', String(options.controlNumber).padStart(9, '0'));

  function address(a: { line1: string; city: string; state: string; zip: string }): string[] {
    return [seg('N3', clean(a.line1)), seg('N4', clean(a.city), a.state, clean(a.zip))];
  }
  /** One CAS per run of the same group code (order kept), up to six reason/amount/quantity triplets each. */
  function cas(adjustments: readonly Adjustment[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < adjustments.length; ) {
      let j = i;
      while (j < adjustments.length && j - i < 6 && adjustments[j].group === adjustments[i].group) j++;
      out.push(seg('CAS', adjustments[i].group, ...adjustments.slice(i, j).flatMap((a) => [a.code, formatX12Amount(a.amount), a.units === undefined ? '' : String(a.units)])));
      i = j;
    }
    return out;
  }
}
