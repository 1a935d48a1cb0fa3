import { z } from 'zod';
import { AuthorizationRule, Limit, Rule } from './rules.js';
import { BillingCode, Dimension, Modifier, PractitionerCategory, Rate, Service, Unit } from './billing.js';
import { Criteria, FidelityInstrument, ItemScale, TouchLevel } from './criteria.js';
import { Decision, ReasonCode } from './decisions.js';
import { ProviderType } from './network.js';
import { Effective, Id } from './common.js';

/** pack.yaml: what program this is, where its policy comes from, and whether it publishes rates. */
export const Manifest = z.strictObject({
  id: Id,
  name: z.string(),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/),
  agency: z.string(),
  /** IANA zone for decision clocks and "today". */
  timezone: z.string(),
  effective: Effective,
  sources: z.array(z.strictObject({ file: z.string(), title: z.string(), date: z.string().optional() })).min(1),
  /** `published` = rates.yaml prices every `rate` code; `none-published` = the source gives no rates (say so, invent none). */
  rates: z.enum(['published', 'none-published']),
  ratesNote: z.string().optional(),
  /** Team programs this pack knows (act, icm, cst …) and their names. */
  programs: z.array(z.strictObject({ id: Id, name: z.string(), kind: z.enum(['team', 'enrollment']) })).default([]),
});
export type Manifest = z.infer<typeof Manifest>;

/** Every file a pack may hold, with the schema of its contents. Files other than pack.yaml are optional. */
export const PackFiles = {
  'units.yaml': z.array(Unit),
  'modifiers.yaml': z.array(Modifier),
  'dimensions.yaml': z.array(Dimension),
  'services.yaml': z.array(Service),
  'codes.yaml': z.array(BillingCode),
  'rates.yaml': z.array(Rate),
  'practitioner-categories.yaml': z.array(PractitionerCategory),
  'limits.yaml': z.array(Limit),
  'rules.yaml': z.array(Rule),
  'authorization.yaml': z.array(AuthorizationRule),
  'provider-types.yaml': z.array(ProviderType),
  'criteria.yaml': z.array(Criteria),
  'touch-levels.yaml': z.array(TouchLevel),
  'fidelity.yaml': z.array(FidelityInstrument),
  'scales.yaml': z.array(ItemScale),
  'reason-codes.yaml': z.array(ReasonCode),
  'decisions.yaml': z.array(Decision),
} as const;
export type PackFileName = keyof typeof PackFiles;

/** A parsed pack: the manifest and one array per file (empty when the file is absent). */
export type Pack = { manifest: Manifest; dir: string } & {
  [K in PackFileName as K extends `${infer B}.yaml` ? CamelCase<B> : never]: z.infer<(typeof PackFiles)[K]>;
};
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
