import type { ClaimSubmission } from '../submission.js';
import type { Write837Options } from './write-837.js';

/** A small valid claim: two H0036 lines for one member (test builder). */
export function aClaim(overrides: Partial<ClaimSubmission> = {}): ClaimSubmission {
  return {
    program: 'de-promise', submissionKey: 'k', patientControlNumber: 'PCN-1', frequency: '1',
    billingProvider: { npi: '1234567893', taxId: '510000001' },
    member: { medicaidId: 'DE0001', birthDate: '1980-02-29', lastName: 'DOE', firstName: 'ALEX' },
    totalCharge: '150.00',
    lines: [
      { lineNumber: 1, serviceDate: '2026-01-05', code: 'H0036', modifiers: ['HE'], quantity: 4, quantityBasis: 'UN', placeOfService: '12', chargeAmount: '100.00', renderingNpi: '1987654321' },
      { lineNumber: 2, serviceDate: '2026-01-06', code: 'H0036', modifiers: [], quantity: 2, quantityBasis: 'UN', placeOfService: '12', chargeAmount: '50.00', renderingNpi: '1987654321' },
    ],
    ...overrides,
  };
}

export const anEnvelope: Write837Options = { sender: 'PROVIDER1', receiver: 'DEPROMISE', controlNumber: 42, groupControlNumber: 7, date: '2026-01-10', time: '09:30', usage: 'T' };
