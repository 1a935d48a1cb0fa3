/** Members: the record, Medicaid eligibility, program enrollment, care manager assignment, and the member scope. */
export { members, eligibilitySpans, programEnrollments, careManagerAssignments } from './tables.js';
export { memberScope, servedBy } from './member-scope.js';
export {
  searchMembers, loadMember, isMemberVisible, replaceEligibility, replaceProgramEnrollments, assignCareManagers,
  eligibilityRow, programEnrollmentRow,
} from './store.js';
export { listMembers } from './list-members.js';
export { getMember } from './get-member.js';
export { createMember } from './create-member.js';
export { updateMember } from './update-member.js';
export { membersRoutes, type MembersRoutesOptions } from './routes.js';
export * from './types.js';
