/** The public provider directory, derived from certification and enrollment records: JSON search and FHIR Plan-Net. */
export { directoryRoutes, type DirectoryRoutesOptions } from './routes.js';
export { searchDirectory } from './search-directory.js';
export { loadDirectory } from './load-directory.js';
export { planNetResources, type PlanNetResources } from './fhir/plan-net-resources.js';
export * from './types.js';
