/** The provider network: organizations, sites, teams, staff and credentials. */
export { organizations, organizationEnrollments, sites, teams, teamFidelity, staff, staffCredentials } from './tables.js';
export {
  ownOrganization, searchOrganizations, loadOrganization, searchSites, loadSite, searchTeams, loadTeam, searchStaff, loadStaff,
  takenSlugs, replaceOrganizationEnrollments, replaceTeamFidelity, replaceStaffCredentials, enrollmentRow, fidelityRow, credentialRow,
  organizationExists, organizationOfTeam, organizationOfSite, type TeamContext,
} from './store.js';
export { mayAdminister, mayManageOrganization } from './may-administer.js';
export { slugify } from './slugify.js';
export { teamStage, type TeamStageMonths } from './team-stage.js';
export { createOrganization } from './create-organization.js';
export { updateOrganization } from './update-organization.js';
export { createTeam } from './create-team.js';
export { updateTeam } from './update-team.js';
export { createStaff } from './create-staff.js';
export { updateStaff } from './update-staff.js';
export { networkRoutes, type NetworkRoutesOptions } from './routes.js';
export * from './types.js';
