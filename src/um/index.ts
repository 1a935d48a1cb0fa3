/** Utilization management: authorizations (requests and decisions). */
export { authorizations } from './tables.js';
export { searchAuthorizations, loadAuthorization } from './store.js';
export { listAuthorizations } from './list-authorizations.js';
export { getAuthorization } from './get-authorization.js';
export { requestAuthorization } from './request-authorization.js';
export { decideAuthorization } from './decide-authorization.js';
export { umRoutes, type UmRoutesOptions } from './routes.js';
export * from './types.js';
