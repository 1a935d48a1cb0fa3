import { z } from 'zod';
import { PlanLineView } from '../members/types.js'; // types.ts to types.ts: schemas load alone

/** What crosses the HTTP edge for Recovery Plans. */

export const PlanView = z.object({
  id: z.string(), ref: z.string(), memberId: z.string(), program: z.string(), from: z.string(), to: z.string().nullable(),
  status: z.enum(['draft', 'active', 'superseded', 'closed']), signedOn: z.string().nullable(),
  lines: z.array(PlanLineView),
});
export type PlanView = z.infer<typeof PlanView>;

export { PlanLineView };
export const MemberPlansParams = z.object({ id: z.string().min(1).max(64) });
