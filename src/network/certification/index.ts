/** Certification of provider organizations: applications, automatic checks, review, decisions, re-verification. */
export { certificationRoutes, type CertificationRoutesOptions } from './routes.js';
export { runReverification } from './run-reverification.js';
export { reverificationSchedule, type ReverificationStatus } from './reverification-schedule.js';
export * from './types.js';
