import { randomUUID } from 'node:crypto';
import type { ItemScale } from '../../catalog/index.js';
import type { Db } from '../../platform/db/index.js';
import type { Caller } from '../../platform/auth/caller.js';
import { recordAudit } from '../../platform/audit/index.js';
import { fail, ok, problems, type Result } from '../../platform/http/problems.js';
import { organizationExists } from '../index.js';
import { scoreItemScale } from './score-item-scale.js';
import { scaleReviewView } from './store.js';
import { scaleReviews } from './tables.js';
import type { ScaleReviewInput, ScaleReviewView } from './types.js';

/** Records an organization's item-scale review (every item rated on its anchors) with its total and band. */
export async function recordScaleReview(db: Db, caller: Caller, organizationId: string, input: ScaleReviewInput,
  scaleOf: (id: string) => { program: string; scale: ItemScale } | undefined): Promise<Result<ScaleReviewView>> {
  return db.transaction(async (tx) => {
    if (!(await organizationExists(tx, organizationId))) return fail(problems.notFound('Organization', organizationId));
    const found = scaleOf(input.scale);
    if (!found) return fail(problems.validation([{ path: 'scale', message: `No scale ${input.scale} in the policy` }]));
    const score = scoreItemScale(found.scale, input.ratings);
    if (!score.ok) return fail(problems.validation(score.errors.map((e) => ({ path: `ratings.${e.item}`, message: e.message }))));
    const id = randomUUID();
    const [row] = await tx.insert(scaleReviews).values({
      id, organizationId, program: input.program ?? found.program, scale: found.scale.id, reviewedOn: input.reviewedOn,
      ratings: input.ratings, total: score.total, band: score.band.id, note: input.note ?? null, createdBy: caller.userId,
    }).returning();
    await recordAudit(tx, caller, { action: 'create', entity: 'scale-review', entityId: id, detail: { organizationId, scale: found.scale.id, total: score.total } });
    return ok(scaleReviewView(row!, score.band.name));
  });
}
