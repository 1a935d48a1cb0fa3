import type { Remittance } from './remittance.js';
import type { Write835Options } from './write-835.js';

/**
 * One payee's payment: a paid claim (CO-45 contractual reductions), a denied claim (CO-197 no authorization), the
 * reversal of an earlier payment (status 22) and a WO overpayment recovery. Total 112.50 − 45.00 − 20.00 = 47.50.
 */
export const aRemittance: Remittance = {
  payer: { name: 'DE PROMISE ASO', id: '1510000001', address: { line1: '1901 N DUPONT HWY', city: 'NEW CASTLE', state: 'DE', zip: '19720' } },
  payee: { name: 'HOPE SERVICES', npi: '1234567893', taxId: '510000001' },
  paymentDate: '2026-02-06', paymentMethod: 'ACH',
  eft: { payerDfi: '031100209', payerAccount: '12345678', payeeDfi: '031100092', payeeAccount: '87654321' },
  traceNumber: 'EFT0000123',
  claims: [
    { patientControlNumber: 'PCN-1', status: '1', chargeAmount: '150.00', paidAmount: '112.50', payerClaimId: 'C26001',
      member: { medicaidId: 'DE0001', lastName: 'DOE', firstName: 'ALEX' }, adjustments: [],
      lines: [
        { code: 'H0036', modifiers: ['HE'], units: 4, chargeAmount: '100.00', paidAmount: '75.00', allowedAmount: '75.00', serviceDate: '2026-01-05', lineControlNumber: '1',
          adjustments: [{ group: 'CO', code: '45', amount: '25.00' }], remarkCodes: [] },
        { code: 'H0036', modifiers: [], units: 2, chargeAmount: '50.00', paidAmount: '37.50', allowedAmount: '37.50', serviceDate: '2026-01-06', lineControlNumber: '2',
          adjustments: [{ group: 'CO', code: '45', amount: '12.50' }], remarkCodes: [] },
      ] },
    { patientControlNumber: 'PCN-2', status: '4', chargeAmount: '80.00', paidAmount: '0.00', payerClaimId: 'C26002',
      member: { medicaidId: 'DE0002', lastName: 'ROE', firstName: 'SAM' }, adjustments: [],
      lines: [
        { code: 'H2015', modifiers: ['HQ'], units: 8, chargeAmount: '80.00', paidAmount: '0.00', serviceDate: '2026-01-01', serviceDateTo: '2026-01-07',
          adjustments: [{ group: 'CO', code: '197', amount: '80.00' }], remarkCodes: ['N54'] },
      ] },
    { patientControlNumber: 'PCN-0', status: '22', chargeAmount: '-60.00', paidAmount: '-45.00', payerClaimId: 'C25099',
      member: { medicaidId: 'DE0001', lastName: 'DOE', firstName: 'ALEX' }, adjustments: [],
      lines: [
        { code: 'H0036', modifiers: [], units: 2, chargeAmount: '-60.00', paidAmount: '-45.00', serviceDate: '2025-12-15',
          adjustments: [{ group: 'CO', code: '45', amount: '-15.00' }], remarkCodes: [] },
      ] },
  ],
  providerAdjustments: [{ reason: 'WO', reference: 'C25088', amount: '20.00' }],
  fiscalPeriodEnd: '2026-12-31',
};

export const an835Envelope: Write835Options = { sender: 'DEPROMISE', receiver: 'PROVIDER1', controlNumber: 501, groupControlNumber: 501, date: '2026-02-05', time: '18:00' };
