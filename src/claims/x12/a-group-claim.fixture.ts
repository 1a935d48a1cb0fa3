import type { ClaimSubmission } from '../submission.js';
import { aClaim } from './a-claim.fixture.js';

/**
 * A claim whose lines need what an 837P has no element for (test builder): a group PSR line for six members
 * (H2017 HN HQ, `K3*GRP06`) and a Group Home per diem in a home of five residents (`K3*RES05`).
 */
export function aGroupClaim(overrides: Partial<ClaimSubmission> = {}): ClaimSubmission {
  return aClaim({
    patientControlNumber: 'PCN-GRP', totalCharge: '130.00',
    lines: [
      { lineNumber: 1, serviceDate: '2026-01-05', code: 'H2017', modifiers: ['HN', 'HQ'], quantity: 4, quantityBasis: 'UN', placeOfService: '11', chargeAmount: '30.00', renderingNpi: '1987654321', groupSize: 6 },
      { lineNumber: 2, serviceDate: '2026-01-05', code: 'T2033', modifiers: [], quantity: 1, quantityBasis: 'UN', placeOfService: '11', chargeAmount: '100.00', renderingNpi: '1987654321', residents: 5 },
    ],
    ...overrides,
  });
}
