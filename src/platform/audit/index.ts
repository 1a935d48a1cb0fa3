export { recordAudit, type AuditAction, type AuditEvent } from './record-audit.js';
