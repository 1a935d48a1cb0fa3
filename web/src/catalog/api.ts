import { useQuery } from '@tanstack/react-query';
import type { Pack } from '../../../src/catalog/schema/index.ts';
import { fetchJson, toQuery } from '../platform/fetch-json.ts';

export type {
  AuthorizationRule, BillingCode, Criteria, CriterionGroup, CriterionItem, Decision, FidelityInstrument,
  ItemScale, Limit, ProviderType, Rate, Rule, Service, StaffRole, Requirement, Unit, Manifest,
} from '../../../src/catalog/schema/index.ts';

/** `GET /api/v1/catalog/:program`: the whole pack as JSON (public). */
export type CatalogPack = Omit<Pack, 'dir'>;

/** A program the server has a pack for. */
export interface ProgramSummary { id: string; name: string; jurisdiction?: string; agency?: string; rates?: string }

/** `GET /api/v1/programs` (public): accepts a bare array, `{ items }` or `{ programs }`. */
export function usePrograms() {
  return useQuery({
    queryKey: ['catalog', 'programs'],
    queryFn: async (): Promise<ProgramSummary[]> => {
      const body = await fetchJson<unknown>('/api/v1/programs');
      const list = firstArray(body) ?? [];
      return list.map((p) => {
        const r = p as Record<string, unknown>;
        const manifest = (r.manifest ?? {}) as Record<string, unknown>;
        const id = String(r.id ?? manifest.id ?? r.program ?? '');
        return { ...r, id, name: String(r.name ?? manifest.name ?? id) } as ProgramSummary;
      }).filter((p) => p.id);
    },
    staleTime: 10 * 60_000,
  });
}

/** The program's pack; entries carry their effective dates, the page filters them for the chosen date. */
export function useCatalog(program: string | undefined) {
  return useQuery({
    queryKey: ['catalog', 'pack', program],
    queryFn: async () => withDefaults(await fetchJson<Partial<CatalogPack>>(`/api/v1/catalog/${encodeURIComponent(program!)}`)),
    enabled: !!program,
    staleTime: 10 * 60_000,
  });
}

/** One priced row of the published fee schedule, normalized from whatever shape the server sends. */
export interface FeeRow {
  key: string;
  code: string;
  modifiers: string[];
  billingCode: string;
  service?: string;
  serviceName?: string;
  descriptor?: string;
  label?: string;
  unit?: string;
  /** Rate-selecting conditions by dimension, or (from the server's fee schedule) already in words. */
  conditions: Record<string, unknown>;
  conditionsText?: string;
  amount?: string;
  payer?: string;
  pricing?: string;
  source?: string | string[];
  decision?: string;
  effective?: { from: string; to?: string };
}

/** `GET /api/v1/fee-schedule?program=&date=` (public, JSON). */
export function useFeeSchedule(program: string | undefined, date: string) {
  return useQuery({
    queryKey: ['catalog', 'fee-schedule', program, date],
    queryFn: async () => {
      const body = await fetchJson<unknown>(`/api/v1/fee-schedule${toQuery({ program, date })}`);
      return (firstArray(body) ?? []).map((row, i) => normalizeFeeRow(row as Record<string, unknown>, i));
    },
    enabled: !!program,
    staleTime: 10 * 60_000,
  });
}

/** The CSV download link of the same fee schedule. */
export const feeScheduleCsvHref = (program: string, date: string) => `/api/v1/fee-schedule${toQuery({ program, date, format: 'csv' })}`;

/** The fee schedule built from the pack itself (codes × rates effective on the date), when the endpoint fails. */
export function feeScheduleFromPack(pack: CatalogPack, date: string): FeeRow[] {
  const within = (e?: { from: string; to?: string }) => !e || (e.from <= date && (!e.to || date <= e.to));
  const codes = new Map(pack.codes.map((c) => [c.id, c]));
  return pack.rates.filter((r) => within(r.effective)).map((rate, i) => {
    const code = codes.get(rate.code);
    return normalizeFeeRow({
      ...rate, rateId: rate.id, billingCode: rate.code, code: code?.code, modifiers: code?.modifiers,
      service: code?.service, descriptor: code?.descriptor, unit: code?.unit, pricing: code?.pricing,
    }, i);
  });
}

function normalizeFeeRow(r: Record<string, unknown>, index: number): FeeRow {
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : undefined);
  const nested = (k: string) => (r[k] && typeof r[k] === 'object' && !Array.isArray(r[k]) ? r[k] as Record<string, unknown> : undefined);
  const codeObj = nested('code');
  const serviceObj = nested('service');
  const unitObj = nested('unit');
  let code = str(codeObj?.code) ?? str(r.hcpcs) ?? str(r.procedureCode) ?? str(r.code) ?? '';
  let modifiers: string[] = Array.isArray(r.modifiers) ? r.modifiers.map(String)
    : typeof r.modifiers === 'string' && r.modifiers ? r.modifiers.split(/[\s,:-]+/).filter(Boolean)
    : Array.isArray(codeObj?.modifiers) ? (codeObj.modifiers as unknown[]).map(String) : [];
  // A billing-code id ("H0040-HO") in `code`: split it into the HCPCS code and its modifiers.
  if (/^[A-Z]\d{4}-/.test(code)) {
    const [hcpcs, ...mods] = code.split('-');
    code = hcpcs;
    if (modifiers.length === 0) modifiers = mods;
  }
  const billingCode = str(r.billingCode) ?? str(r.codeId) ?? str(codeObj?.id) ?? [code, ...modifiers].join('-');
  const amount = str(r.amount) ?? str(r.rate) ?? str(r.fee) ?? str(r.price);
  const conditions = (nested('conditions') ?? {}) as Record<string, unknown>;
  const from = str(r.effectiveFrom) ?? str(r.from);
  const effective = nested('effective') as FeeRow['effective'] | undefined
    ?? (from ? { from, to: str(r.effectiveTo) ?? str(r.to) } : undefined);
  // One citation, an array, or several joined with commas ("…:L311, …:L2144").
  const source = Array.isArray(r.source) ? r.source.map(String)
    : (str(r.source) ?? str(r.citation))?.split(/\s*[,;]\s*/).filter(Boolean);
  return {
    key: str(r.id) ?? str(r.rateId) ?? `${billingCode}-${index}`,
    code, modifiers, billingCode,
    service: str(serviceObj?.id) ?? str(r.service) ?? str(r.serviceId),
    serviceName: str(serviceObj?.name) ?? str(r.serviceName),
    descriptor: str(r.descriptor) ?? str(codeObj?.descriptor) ?? str(r.description),
    label: str(r.label),
    unit: str(unitObj?.label) ?? str(r.unitLabel) ?? str(r.unit),
    conditions,
    conditionsText: typeof r.conditions === 'string' ? r.conditions : undefined,
    amount,
    payer: str(r.payer),
    pricing: str(r.pricing),
    source: source && source.length === 1 ? source[0] : source,
    decision: str(r.decision),
    effective,
  };
}

function firstArray(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const key of ['items', 'rows', 'rates', 'programs', 'lines', 'data', 'feeSchedule']) if (Array.isArray(b[key])) return b[key] as unknown[];
  return Object.values(b).find(Array.isArray) as unknown[] | undefined;
}

const packArrays = ['units', 'modifiers', 'dimensions', 'services', 'codes', 'rates', 'practitionerCategories', 'limits', 'rules',
  'authorization', 'providerTypes', 'criteria', 'touchLevels', 'fidelity', 'scales', 'reasonCodes', 'decisions'] as const;

/** Missing files are empty arrays, so every tab can render a partial pack. */
function withDefaults(body: Partial<CatalogPack>): CatalogPack {
  const pack = { ...body } as Record<string, unknown>;
  for (const key of packArrays) if (!Array.isArray(pack[key])) pack[key] = [];
  return pack as unknown as CatalogPack;
}
