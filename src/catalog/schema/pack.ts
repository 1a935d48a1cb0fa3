import { z } from 'zod';
import { AuthorizationRule, Limit, Rule } from './rules.js';
import { BillingCode, Dimension, Modifier, PractitionerCategory, Rate, Service, Unit } from './billing.js';
import { Criteria, FidelityInstrument, ItemScale, TouchLevel } from './criteria.js';
import { Decision, ReasonCode } from './decisions.js';
import { ProviderType } from './network.js';
import { DecisionRef, Effective, Id, Source } from './common.js';

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
  /** Who pays this program's claims, as its 835 remittances name it; a pack without one gets no 835 (docs/x12.md). */
  payer: z.strictObject({
    /** N1*PR N102 (at most 60 characters). */
    name: z.string().min(1).max(60),
    /** TRN03 (and, by default, ISA06/GS02): "1" followed by the payer's 9-digit EIN. */
    id: z.string().regex(/^1\d{9}$/, 'Expected "1" + the payer EIN: 10 digits starting with 1'),
    /** ISA06/GS02 when the payer's interchange id is not `id` (at most 15 characters). */
    interchangeId: z.string().regex(/^[A-Za-z0-9 ]{1,15}$/, 'Expected an interchange id of 1–15 letters or digits').optional(),
    /** ISA05: the qualifier of that id (ZZ mutually defined, 30 federal tax id …); default ZZ. */
    interchangeQualifier: z.string().regex(/^[A-Z0-9]{2}$/, 'Expected a two-character ISA05 qualifier').optional(),
    /**
     * The 835's payer technical contact (1000A PER*BL): a name and at least one of phone (digits), email, or a web
     * address written without its scheme (X12 elements may not hold the ':' separator).
     */
    contact: z.strictObject({
      name: z.string().min(1).max(60).optional(),
      phone: z.string().regex(/^\d{10,15}$/, 'Expected 10 to 15 digits').optional(),
      email: z.string().regex(/^[^@\s*~:^]+@[^@\s*~:^]+$/, 'Expected an email address').optional(),
      url: z.string().regex(/^[^\s*~:^]+$/, 'Expected a web address without https:// (no X12 separators)').optional(),
    }).refine((c) => c.phone || c.email || c.url, { message: 'Give a phone, email or url: PER*BL needs one way to reach the payer' }).optional(),
    /** Where the source names the payer. */
    source: Source,
    /** The decision that set a value the source does not give (an EIN no manual publishes). */
    decision: DecisionRef.optional(),
    note: z.string().optional(),
  }).optional(),
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
