export { recordAudit, type AuditAction, type AuditEvent } from './record-audit.js';
export { auditRoutes } from './audit-routes.js';
