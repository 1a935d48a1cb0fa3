/** Recovery Plans and their service lines. */
export { recoveryPlans, planLines } from './tables.js';
export { searchMemberPlans, replacePlanLines } from './store.js';
export { listMemberPlans } from './list-member-plans.js';
export { plansRoutes } from './routes.js';
export * from './types.js';
