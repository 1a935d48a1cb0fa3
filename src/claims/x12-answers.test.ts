import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogs, type Catalogs } from '../catalog/index.js';
import type { Finding } from './engine/types.js';
import { read835 } from './remit/read-835.js';
import { checkRemittanceBalance } from './remit/check-remittance-balance.js';
import { remittanceDocument, type LineForRemittance, type RemittanceDocument } from './remittance-document.js';
import { payingProgram, remittance835 } from './x12-answers.js';
import { testPolicy } from './testing/claim-fixtures.js';

const denied: Finding = { edit: 'member-eligible', outcome: 'deny', reason: 'member-not-eligible', rule: { id: 'eligibility', source: null }, saw: {} };
const line = (over: Partial<LineForRemittance>): LineForRemittance => ({
  lineId: 'L1', claimId: 'C1', lineNumber: 1, serviceDate: '2025-06-02', code: 'H0036', modifiers: ['HE'], units: 4, paidUnits: 4,
  status: 'paid', charge: '120.00', allowed: '100.00', paid: '100.00', findings: [], program: 'de-promise', patientControlNumber: 'PCN-1',
  medicaidId: 'DE0001', memberId: 'm1', frequency: '1', ...over,
});

/** A de-promise payee's remittance: a paid line (CO-45), a denied line (the pack's CARC) and a WO recoupment. */
const aDocument = (catalogs: Catalogs, extra: Partial<RemittanceDocument> = {}): RemittanceDocument => ({
  ...remittanceDocument(catalogs, { remittanceId: 'r-0001-abc', program: 'de-promise', paymentCycleId: 'cy-1', runOn: '2025-07-01', payee: { organizationId: 'o1', npi: '1234567893', name: 'GOOD AGENCY' } },
    [line({}), line({ lineId: 'L2', lineNumber: 2, status: 'denied', paid: '0.00', allowed: '0.00', paidUnits: 0, findings: [denied] })],
    [{ claimId: 'C0', lineId: 'L0', byClaimId: 'C9', amount: '30.00' }]),
  ...extra,
});

describe('the 835 of a remittance document', () => {
  let catalogs: Catalogs;
  beforeAll(async () => { catalogs = (await testPolicy()).catalogs; });

  test('names the de-promise pack\'s payer in N1*PR, TRN03 and ISA06/GS02, and reads back balanced with the strict reader', async () => {
    const payer = catalogs.get('de-promise')!.manifest.payer!;
    const doc = aDocument(catalogs);
    const x12 = remittance835(catalogs)(doc)!;
    expect(x12).toContain(`\nN1*PR*${payer.name}~`);
    expect(x12).toContain(`\nTRN*1*r0001abc*${payer.id}~`);
    // 1000A PER*BL, the payer's technical contact, right after the payer's N1.
    expect(x12).toContain(`\nN1*PR*${payer.name}~\nPER*BL*DSAMH*UR*${payer.contact!.url}~`);
    expect(x12.slice(0, 106).split('*').slice(5, 7)).toEqual([payer.interchangeQualifier ?? 'ZZ', payer.id.padEnd(15)]);
    expect(x12).toMatch(new RegExp(`\\nGS\\*HP\\*${payer.id}\\*1234567893\\*`));
    const parsed = await read835(x12);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [r] = parsed.remittances;
    expect(r.payer).toEqual({ name: payer.name, id: payer.id });
    expect(checkRemittanceBalance(r)).toEqual([]);
    expect(r).toMatchObject({ paymentMethod: 'CHK', claims: [{ chargeAmount: '240.00', paidAmount: '100.00' }], providerAdjustments: [{ reason: 'WO', amount: '30.00' }] });
  });

  test('the payer follows the document\'s program, not the first pack loaded', () => {
    const de = catalogs.get('de-promise')!.pack;
    const other = structuredClone(de);
    other.manifest = { ...other.manifest, id: 'aa-other', payer: { ...de.manifest.payer!, name: 'OTHER STATE MEDICAID', id: '1999999999' } };
    const two = buildCatalogs([other, de]);
    expect(remittance835(two)({ ...aDocument(catalogs), program: 'de-promise' } as RemittanceDocument)).toContain(`N1*PR*${de.manifest.payer!.name}~`);
    expect(remittance835(two)({ ...aDocument(catalogs), program: 'aa-other' } as RemittanceDocument)).toContain('TRN*1*r0001abc*1999999999~');
    expect(payingProgram({ ...aDocument(catalogs), program: 'aa-other' }, two)?.program).toBe('aa-other');
    // A program no loaded pack knows gets no 835.
    expect(remittance835(two)({ ...aDocument(catalogs), program: 'zz-unknown' })).toBeNull();
  });

  test('a program whose pack names no payer gets no 835 rather than an invented payer id', () => {
    expect(catalogs.get('ct-mro')?.manifest.payer).toBeUndefined();
    expect(remittance835(catalogs)({ ...aDocument(catalogs), program: 'ct-mro' } as RemittanceDocument)).toBeNull();
  });
});
