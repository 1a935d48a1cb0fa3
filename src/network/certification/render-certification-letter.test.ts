import { describe, expect, test } from 'vitest';
import { renderCertificationLetter } from './render-certification-letter.js';

describe('the certification decision letter', () => {
  test('is a PDF', async () => {
    const pdf = await renderCertificationLetter({
      agency: 'State Agency', programName: 'Program', organizationName: 'Alpha', providerTypeName: 'Core Provider', outcome: 'provisional',
      decidedOn: '2025-03-01', certifiedFrom: '2025-03-01', certifiedThrough: '2025-08-31', reverifyEveryMonths: 6,
      conditions: ['Hire a nurse by June'], reasons: [], items: [{ text: 'Insurance coverage.', status: 'met', note: null }],
      reviewer: 'Riley Reviewer', applicationId: 'a-1',
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
