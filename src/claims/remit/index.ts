// X12 835 remittance: what the rest of the claims module may use.
export { Remittance, RemittanceClaim, RemittanceLine, Adjustment, ProviderAdjustment } from './remittance.js';
export { write835, type Write835Options } from './write-835.js';
export { read835, type Read835Result } from './read-835.js';
export { remittanceCsv } from './remittance-csv.js';
export { checkRemittanceBalance, remittanceTotal, type BalanceProblem } from './check-remittance-balance.js';
