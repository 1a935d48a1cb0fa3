import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import { mayManageOrganization } from '../index.js';
import { findApplication, iso, recordApplicationEvent } from './store.js';
import { certificationApplicationDocuments as documents, certificationApplicationItems as items } from './tables.js';
import { MAX_DOCUMENT_BYTES, type DocumentUpload, type DocumentView } from './types.js';

/** Stores a document of an application (JSON with base64 content, at most 5 MB), optionally for one checklist item. */
export async function uploadDocument(db: Db, caller: Caller, applicationId: string, upload: DocumentUpload): Promise<Result<DocumentView>> {
  const content = Buffer.from(upload.contentBase64, 'base64');
  if (content.length === 0) return fail(problems.validation([{ path: 'contentBase64', message: 'The document is empty' }]));
  if (content.length > MAX_DOCUMENT_BYTES) {
    return fail(problems.validation([{ path: 'contentBase64', message: `The document is ${content.length} bytes; at most ${MAX_DOCUMENT_BYTES} are accepted` }]));
  }
  return db.transaction(async (tx) => {
    const app = await findApplication(tx, caller, applicationId);
    if (!app) return fail(problems.notFound('Application', applicationId));
    if (!mayManageOrganization(caller, app.organizationId)) return fail(problems.forbidden());
    if (app.status !== 'draft' && app.status !== 'needs-info') {
      return fail(problems.conflict(`The application is ${app.status}; documents are added as a draft or when more information is requested.`));
    }
    if (upload.itemId) {
      const [item] = await tx.select({ id: items.id }).from(items).where(and(eq(items.id, upload.itemId), eq(items.applicationId, applicationId)));
      if (!item) return fail(problems.validation([{ path: 'itemId', message: 'Not an item of this application' }]));
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [row] = await tx.insert(documents).values({
      id, applicationId, organizationId: app.organizationId, itemId: upload.itemId ?? null, name: upload.name,
      contentType: upload.contentType, size: content.length, sha256, content, uploadedBy: caller.userId,
    }).returning({ uploadedAt: documents.uploadedAt });
    await recordApplicationEvent(tx, caller, app, 'document-uploaded', upload.name, { documentId: id, size: content.length });
    await recordAudit(tx, caller, { action: 'create', entity: 'certification-document', entityId: id, detail: { applicationId, size: content.length, sha256 } });
    return ok({ id, itemId: upload.itemId ?? null, name: upload.name, contentType: upload.contentType, size: content.length, sha256,
      uploadedAt: iso(row!.uploadedAt) });
  });
}
