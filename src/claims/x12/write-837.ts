import { Decimal } from 'decimal.js';
import type { ClaimSubmission } from '../submission.js';
import type { X12Separators } from './tokenize-x12.js';
import { formatX12Amount } from './x12-amount.js';
import { formatIsa, type InterchangeHeader } from './format-isa.js';
import { lineK3Values } from './line-k3.js';

export interface Write837Options extends InterchangeHeader {
  /** GS06 (ST02 counts up from 0001 inside it). */
  groupControlNumber: number;
  /** The IG advises at most 5,000 claims per transaction set; a new ST starts after this many. */
  claimsPerTransactionSet?: number;
  submitterName?: string;
  receiverName?: string;
  payerId?: string;
}

/**
 * Writes ClaimSubmissions as one 837P (005010X222A1) interchange, streaming: yields a chunk per claim so a million
 * lines never sit in memory. Claims of the same billing provider in a row share a 2000A loop; each claim gets its own
 * 2000B subscriber (the member). Addresses, diagnoses and other data a ClaimSubmission does not carry are not written.
 */
export function* write837(claims: Iterable<ClaimSubmission>, options: Write837Options): Generator<string> {
  const sep: X12Separators = options.separators ?? { element: '*', component: ':', repetition: '^', segment: '~' };
  const term = sep.segment + (options.newline === false ? '' : '\n');
  const e = sep.element, c = sep.component;
  const clean = (text: string) => text.split(e).join(' ').split(c).join(' ').split(sep.segment).join(' ').split(sep.repetition || '\u0000').join(' ');
  const seg = (...elements: string[]) => elements.join(e) + term;
  const perSet = options.claimsPerTransactionSet ?? 5000;
  const gs = options.groupControlNumber;
  const [date8, time4] = [options.date.replaceAll('-', ''), options.time.replace(':', '')];
  yield formatIsa(options, sep) + term;
  yield seg('GS', 'HC', options.sender, options.receiver, date8, time4, String(gs), 'X', '005010X222A1');
  let sets = 0, count = 0, inSet = 0, hl = 0, billingHl = 0, billingNpi = '', billingTax: string | undefined;
  const st = () => String(sets).padStart(4, '0');
  const openSet = () => {
    sets++; count = 0; inSet = 0; hl = 0; billingNpi = '';
    const lines = [
      seg('ST', '837', st(), '005010X222A1'),
      seg('BHT', '0019', '00', `${gs}-${st()}`, date8, time4, 'CH'),
      seg('NM1', '41', '2', clean(options.submitterName ?? options.sender), '', '', '', '', '46', options.sender),
      seg('PER', 'IC', clean(options.submitterName ?? options.sender)),
      seg('NM1', '40', '2', clean(options.receiverName ?? options.receiver), '', '', '', '', '46', options.receiver),
    ];
    count += lines.length;
    return lines.join('');
  };
  const closeSet = () => seg('SE', String(count + 1), st());
  let out = '';
  for (const claim of claims) {
    if (inSet === 0) out += openSet();
    const parts: string[] = [];
    if (claim.billingProvider.npi !== billingNpi || claim.billingProvider.taxId !== billingTax) {
      billingNpi = claim.billingProvider.npi; billingTax = claim.billingProvider.taxId; billingHl = ++hl;
      parts.push(seg('HL', String(billingHl), '', '20', '1'), seg('NM1', '85', '2', 'BILLING PROVIDER', '', '', '', '', 'XX', billingNpi));
      if (billingTax) parts.push(seg('REF', 'EI', clean(billingTax)));
    }
    const m = claim.member;
    parts.push(seg('HL', String(++hl), String(billingHl), '22', '0'), seg('SBR', 'P', '18', '', '', '', '', '', '', 'MC'),
      seg('NM1', 'IL', '1', clean(m.lastName ?? ''), clean(m.firstName ?? ''), '', '', '', 'MI', clean(m.medicaidId)));
    if (m.birthDate) parts.push(seg('DMG', 'D8', m.birthDate.replaceAll('-', '')));
    parts.push(seg('NM1', 'PR', '2', clean(options.receiverName ?? options.receiver), '', '', '', '', 'PI', options.payerId ?? options.receiver));
    const pos = claim.lines[0].placeOfService;
    parts.push(seg('CLM', clean(claim.patientControlNumber), formatX12Amount(claim.totalCharge), '', '', `${pos}${c}B${c}${claim.frequency}`, 'Y', 'A', 'Y', 'Y'));
    if (claim.originalClaimId) parts.push(seg('REF', 'F8', clean(claim.originalClaimId)));
    // One rendering NPI for every line goes in 2310B; otherwise each line carries its own 2420A.
    const renderers = new Set(claim.lines.map((l) => l.renderingNpi));
    const claimRendering = renderers.size === 1 ? claim.lines[0].renderingNpi : undefined;
    if (claimRendering) parts.push(seg('NM1', '82', '1', 'RENDERING', '', '', '', '', 'XX', claimRendering));
    for (const line of claim.lines) {
      const code = ['HC', line.code, ...line.modifiers].join(c);
      parts.push(seg('LX', String(line.lineNumber)),
        seg('SV1', code, formatX12Amount(line.chargeAmount), line.quantityBasis, formatQuantity(line.quantity), line.placeOfService === pos ? '' : line.placeOfService, '', '1'),
        seg('DTP', '472', line.serviceDateTo ? 'RD8' : 'D8', line.serviceDate.replaceAll('-', '') + (line.serviceDateTo ? '-' + line.serviceDateTo.replaceAll('-', '') : '')));
      for (const k3 of lineK3Values(line)) parts.push(seg('K3', k3)); // group size, residents: our K3 convention
      if (line.renderingNpi && !claimRendering) parts.push(seg('NM1', '82', '1', 'RENDERING', '', '', '', '', 'XX', line.renderingNpi));
    }
    count += parts.length;
    out += parts.join('');
    if (++inSet === perSet) { out += closeSet(); inSet = 0; }
    yield out;
    out = '';
  }
  if (inSet > 0 || sets === 0) out += (sets === 0 ? openSet() : '') + closeSet();
  yield out + seg('GE', String(sets), String(gs)) + seg('IEA', '1', String(options.controlNumber).padStart(9, '0'));
}

/** The whole interchange as one string (tests and small files). */
export function write837ToString(claims: Iterable<ClaimSubmission>, options: Write837Options): string {
  let s = '';
  for (const chunk of write837(claims, options)) s += chunk;
  return s;
}

function formatQuantity(q: number): string {
  return new Decimal(q).toString();
}
