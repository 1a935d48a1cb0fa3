import type { X12Segment } from './tokenize-x12.js';
import { errorAt, IK403, locOf, type ClaimDraft, type LineDraft } from './claim-draft.js';
import { parseX12Amount } from './x12-amount.js';
import { parseX12Date } from './x12-date.js';
import { readLineK3 } from './line-k3.js';

const QUANTITY = /^(\d+\.?\d*|\.\d+)$/;

/**
 * Loop 2400: one service line's LX, SV1 (`HC:code:mod1..mod4`, charge, UN/MJ, quantity, POS), DTP*472 (D8 or RD8) and
 * our K3 convention for group size and residents (`K3*GRP06`, `K3*RES05`: line-k3.ts).
 */
export function map2400Line(claim: ClaimDraft, line: LineDraft, seg: X12Segment, setPosition: number): void {
  const el = seg.elements;
  if (seg.id === 'SV1') {
    line.sawSv1 = true;
    const parts = (el[1] ?? '').split(seg.separators.component);
    if (parts[0] !== 'HC') fail(claim, seg, setPosition, 'SV101-1', 'Procedure code qualifier must be HC (HCPCS/CPT)', parts[0] ? IK403.invalidCode : IK403.missing, parts[0]);
    line.values.code = parts[1] ?? '';
    line.src.code = locOf(seg, '2400', 'SV101-2', setPosition);
    const modifiers = parts.slice(2, 6).filter((m) => m !== '');
    line.values.modifiers = modifiers;
    for (let i = 0; i < modifiers.length; i++) line.src[`modifiers.${i}`] = locOf(seg, '2400', `SV101-${i + 3}`, setPosition);
    const charge = parseX12Amount(el[2] ?? '');
    if (!charge || charge.isNegative()) fail(claim, seg, setPosition, 'SV102', 'Line charge must be a non-negative amount with at most two decimals', el[2] ? IK403.invalidCharacter : IK403.missing, el[2]);
    else line.values.chargeAmount = charge.toFixed(2);
    line.src.chargeAmount = locOf(seg, '2400', 'SV102', setPosition);
    const basis = el[3] ?? '';
    if (basis !== 'UN' && basis !== 'MJ') fail(claim, seg, setPosition, 'SV103', 'Unit basis must be UN (units) or MJ (minutes)', basis ? IK403.invalidCode : IK403.missing, basis);
    else line.values.quantityBasis = basis;
    const quantity = el[4] ?? '';
    if (!QUANTITY.test(quantity) || !(+quantity > 0)) fail(claim, seg, setPosition, 'SV104', 'Quantity must be a positive number', quantity ? IK403.invalidCharacter : IK403.missing, quantity);
    else {
      line.values.quantity = +quantity;
      if (basis === 'MJ' && Number.isInteger(+quantity)) line.values.minutes = +quantity;
    }
    line.src.quantity = locOf(seg, '2400', 'SV104', setPosition);
    if (el[5]) { line.values.placeOfService = el[5]; line.src.placeOfService = locOf(seg, '2400', 'SV105', setPosition); }
  } else if (seg.id === 'DTP' && el[1] === '472') {
    line.sawDate = true;
    const [from, to] = el[2] === 'RD8' ? (el[3] ?? '').split('-') : [el[3] ?? ''];
    const fromDate = parseX12Date(from ?? ''), toDate = to === undefined ? null : parseX12Date(to);
    if (el[2] !== 'D8' && el[2] !== 'RD8') fail(claim, seg, setPosition, 'DTP02', 'Service date format must be D8 (a date) or RD8 (a from-to range)', IK403.invalidCode, el[2]);
    else if (!fromDate || (to !== undefined && !toDate)) fail(claim, seg, setPosition, 'DTP03', 'Service date must be a real date CCYYMMDD (RD8: CCYYMMDD-CCYYMMDD)', IK403.invalidDate);
    else if (toDate && toDate < fromDate) fail(claim, seg, setPosition, 'DTP03', 'Service date range ends before it starts', IK403.invalidDate);
    else {
      line.values.serviceDate = fromDate;
      if (toDate && toDate !== fromDate) line.values.serviceDateTo = toDate;
    }
    line.src.serviceDate = line.src.serviceDateTo = locOf(seg, '2400', 'DTP03', setPosition);
  } else if (seg.id === 'K3') {
    const k3 = readLineK3(el[1] ?? '');
    if (!k3) return;
    const at = locOf(seg, '2400', 'K301', setPosition);
    if ('problem' in k3) return fail(claim, seg, setPosition, 'K301', k3.problem, IK403.pattern, el[1]);
    if (line.values[k3.field] !== undefined) {
      const where = k3.field === 'minutes' && line.values.quantityBasis === 'MJ' ? 'in SV104 (billed in minutes, MJ)' : 'in an earlier K3';
      return fail(claim, seg, setPosition, 'K301', `The line already reported ${k3.field} ${where}`, IK403.pattern, el[1]);
    }
    line.values[k3.field] = k3.value;
    line.src[k3.field] = at;
  }
}

function fail(claim: ClaimDraft, seg: X12Segment, setPosition: number, element: string, message: string, ik403: string, value?: string): void {
  claim.errors.push(errorAt(locOf(seg, '2400', element, setPosition), message, { ik304: '8', ik403 }, value));
}
