import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Catalogs } from './catalog.js';
import { lookupRate } from './lookup-rate.js';
import { feeSchedule } from './fee-schedule.js';
import { feeScheduleCsv } from './fee-schedule-csv.js';
import { problems } from '../platform/http/problems.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date YYYY-MM-DD');
const today = () => new Date().toISOString().slice(0, 10);

const ProgramSummary = z.object({
  id: z.string(), name: z.string(), jurisdiction: z.string(), agency: z.string(),
  rates: z.string(), ratesNote: z.string().optional(), effective: z.object({ from: z.string(), to: z.string().optional() }),
  counts: z.record(z.string(), z.number()),
});

const FeeScheduleRow = z.object({
  program: z.string(), service: z.string(), serviceName: z.string(), codeId: z.string(), code: z.string(),
  modifiers: z.array(z.string()), descriptor: z.string(), unit: z.string(), conditions: z.string(),
  pricing: z.string(), amount: z.string().nullable(), payer: z.string(), label: z.string(), source: z.string(),
  decision: z.string().optional(), effectiveFrom: z.string(), effectiveTo: z.string().optional(),
});

/**
 * The published policy: programs, whole packs, rate lookup and the fee schedule. Deliberately public — federal rules
 * require states to publish fee-for-service rates, and the policy itself is public record.
 */
export function catalogRoutes(catalogs: Catalogs): FastifyPluginAsyncZod {
  return async (app) => {
    const catalogOr404 = (program: string) => catalogs.get(program);

    app.get('/programs', {
      schema: { tags: ['catalog'], summary: 'Programs with a loaded policy pack', response: { 200: z.array(ProgramSummary) } },
      config: { public: true },
    }, async () => catalogs.list().map((c) => ({
      id: c.program, name: c.manifest.name, jurisdiction: c.manifest.jurisdiction, agency: c.manifest.agency,
      rates: c.manifest.rates, ratesNote: c.manifest.ratesNote, effective: c.manifest.effective,
      counts: {
        services: c.pack.services.length, codes: c.pack.codes.length, rates: c.pack.rates.length,
        limits: c.pack.limits.length, rules: c.pack.rules.length, decisions: c.pack.decisions.length,
      },
    })));

    app.get('/catalog/:program', {
      schema: {
        tags: ['catalog'], summary: 'A program\'s whole policy pack: services, codes, rates, limits, rules, provider types, criteria, fidelity, decisions — each cited',
        params: z.object({ program: z.string() }),
      },
      config: { public: true },
    }, async (req, reply) => {
      const catalog = catalogOr404(req.params.program);
      if (!catalog) return reply.problem(problems.notFound('Program', req.params.program));
      const { dir: _dir, ...pack } = catalog.pack;
      return pack;
    });

    app.get('/rates', {
      schema: {
        tags: ['catalog'],
        summary: 'Look up the rate in force for a code, modifiers and conditions on a date',
        description: 'Any other query parameter is a rate condition (teamSize, teamStage, setting, residents, tier, …). ' +
          'A condition the rate depends on but the query lacks, or one that matches several rates, is a 422 problem naming it.',
        querystring: z.object({
          program: z.string(), date: IsoDate.optional(), code: z.string().regex(/^[A-Za-z]\d{4}$/, 'Expected a HCPCS code like H0040'),
          modifiers: z.string().optional().describe('comma-separated, any order: HO or HT,TG'),
          service: z.string().optional(),
        }).catchall(z.string()),
      },
      config: { public: true },
    }, async (req, reply) => {
      const { program, date, code, modifiers, service, ...conditions } = req.query as Record<string, string>;
      const catalog = catalogOr404(program!);
      if (!catalog) return reply.problem(problems.notFound('Program', program));
      const result = lookupRate(catalog, {
        date: date ?? today(), code: code!.toUpperCase(),
        modifiers: modifiers ? modifiers.split(/[,\s]+/).filter(Boolean).map((m) => m.toUpperCase()) : [],
        service, conditions: Object.fromEntries(Object.entries(conditions).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v])),
      });
      if (!result.ok) {
        const p = result.problem;
        return reply.problem(problems.unprocessable(`No single rate: ${p.kind}`, p.message, {
          kind: p.kind, missing: p.missing, allowed: p.allowed, candidates: p.candidates, pricing: p.pricing,
        }));
      }
      return result.value;
    });

    app.get('/fee-schedule', {
      schema: {
        tags: ['catalog'], summary: 'The published fee schedule in force on a date (JSON, or CSV with format=csv)',
        querystring: z.object({ program: z.string(), date: IsoDate.optional(), format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: z.union([z.object({ program: z.string(), date: z.string(), rows: z.array(FeeScheduleRow) }), z.string()]) },
      },
      config: { public: true },
    }, async (req, reply) => {
      const catalog = catalogOr404(req.query.program);
      if (!catalog) return reply.problem(problems.notFound('Program', req.query.program));
      const date = req.query.date ?? today();
      const rows = feeSchedule(catalog, date);
      if (req.query.format === 'csv') {
        return reply.type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${catalog.program}-fee-schedule-${date}.csv"`)
          .send(feeScheduleCsv(rows));
      }
      return { program: catalog.program, date, rows: rows.map((r) => ({ ...r, modifiers: [...r.modifiers] })) };
    });
  };
}
