// A tiny in-memory API for UI work before the server runs: `OPENHCBS_MOCK=1 npx vite --config web/vite.config.ts`.
// It follows the API contract the UI codes against (auth, paged lists, org scope → 404); it is not the server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { mockPack } from './mock-pack.ts';

type Rec = Record<string, unknown> & { id: string };
const orgs = [
  { id: 'org-brandywine', slug: 'brandywine', name: 'Brandywine Community Services', npi: '1234567893', taxId: '51-0000001' },
  { id: 'org-sussex', slug: 'sussex-recovery', name: 'Sussex Recovery Partners', npi: '1234567901', taxId: '51-0000002' },
  { id: 'org-kent', slug: 'kent-wellness', name: 'Kent Wellness Collaborative', npi: '1234567919', taxId: '51-0000003' },
];
const users = [
  { id: 'u1', email: 'admin@state.example', name: 'Alex Admin', role: 'state-admin', organizationId: null, organizationName: 'Delaware DSAMH' },
  { id: 'u2', email: 'reviewer@aso.example', name: 'Riley Reviewer', role: 'aso-reviewer', organizationId: null, organizationName: 'Delaware ASO' },
  { id: 'u3', email: 'care@aso.example', name: 'Casey Care', role: 'care-manager', organizationId: null, organizationName: 'Delaware ASO' },
  { id: 'u4', email: 'auditor@state.example', name: 'Avery Auditor', role: 'auditor', organizationId: null, organizationName: 'Delaware DSAMH' },
  ...orgs.map((o, i) => ({ id: `u-${o.slug}`, email: `billing@${o.slug}.example`, name: `Billing Clerk ${i + 1}`, role: 'provider-staff', organizationId: o.id, organizationName: o.name })),
];
const teams: Rec[] = orgs.map((o, i) => ({
  id: `team-${i + 1}`, organizationId: o.id, organizationName: o.name, program: i === 2 ? 'icm' : 'act', name: `${o.name.split(' ')[0]} ACT Team`,
  sizeBand: i === 0 ? 'large' : 'small', stage: i === 1 ? 'new' : 'established', startDate: `202${i}-07-01`, caseload: 60 + i * 12,
  fidelity: [{ level: 'basic', from: `202${i}-07-01`, to: '2024-12-31' }, { level: 'high', from: '2025-01-01', to: null }],
}));
const staff: Rec[] = orgs.flatMap((o, i) => [0, 1, 2].map((j) => ({
  id: `staff-${i}-${j}`, organizationId: o.id, organizationName: o.name, firstName: ['Jordan', 'Sam', 'Morgan'][j], lastName: ['Lee', 'Patel', 'Nguyen'][i],
  role: ['team-lead', 'peer-specialist', 'nurse'][j],
  credentials: [{ kind: 'license', name: ['LCSW', 'Certified Peer Specialist', 'RN'][j], number: `DE-${1000 + i * 10 + j}`, from: '2023-01-01', to: j === 2 ? '2024-12-31' : '2026-12-31' }],
})));
const firstNames = ['Maria', 'James', 'Aisha', 'Robert', 'Linda', 'Chen', 'Diego', 'Grace', 'Omar', 'Helen', 'Tomas', 'Ruth'];
const members: Rec[] = firstNames.map((f, i) => {
  const org = orgs[i % 3];
  return {
    id: `mem-${i + 1}`, medicaidId: `DE${String(900000 + i * 37)}`, firstName: f, lastName: ['Garcia', 'Smith', 'Johnson', 'Brown'][i % 4], birthDate: `19${70 + i}-0${(i % 9) + 1}-15`,
    county: ['New Castle', 'Kent', 'Sussex'][i % 3],
    eligibility: [{ from: '2024-01-01', to: null, program: 'Medicaid (PROMISE)' }],
    enrollments: [{ program: 'PROMISE', organizationId: org.id, organizationName: org.name, teamId: teams[i % 3].id, teamName: teams[i % 3].name, from: '2024-02-01', to: null }],
    planLines: [{ service: 'cpst-act', serviceName: 'CPST – ACT', organizationName: org.name, from: '2025-01-01', to: '2025-12-31', frequency: '4 per month', amount: '4 per diems' }],
    authorizations: [],
  };
});
const authorizations: Rec[] = members.slice(0, 8).map((m, i) => {
  const e = (m.enrollments as Array<Record<string, string>>)[0];
  return { id: `auth-${1000 + i}`, memberId: m.id, memberName: `${m.firstName} ${m.lastName}`, organizationId: e.organizationId, organizationName: e.organizationName, service: 'cpst-act', serviceName: 'CPST – ACT', code: 'H0040-HO', units: 24, unitsUsed: i * 3, from: '2025-01-01', to: '2025-06-30', status: i === 7 ? 'denied' : 'approved', mode: 'prior-authorization' };
});
for (const a of authorizations) (members.find((m) => m.id === a.memberId)!.authorizations as Rec[]).push(a);
const orgRecords: Rec[] = orgs.map((o, i) => ({
  ...o,
  enrollments: [{ providerType: 'act-provider', from: '2024-01-01', to: null, status: 'active' }, { providerType: 'psr-provider', from: '2023-01-01', to: '2023-12-31', status: 'ended' }],
  sites: [{ id: `site-${i}`, name: `${o.name.split(' ')[0]} Main Office`, county: ['New Castle', 'Kent', 'Sussex'][i], address: { line1: `${100 + i} Main St`, city: ['Wilmington', 'Dover', 'Georgetown'][i], state: 'DE', zip: '19901' } }],
  teams: teams.filter((t) => t.organizationId === o.id).map(({ fidelity: _f, ...t }) => t),
  staffCount: 3,
}));

const sessions = new Map<string, (typeof users)[number]>();
const problem = (res: ServerResponse, status: number, title: string, detail?: string, extra: Record<string, unknown> = {}) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/problem+json');
  res.end(JSON.stringify({ type: `/problems/${status === 404 ? 'not-found' : status === 401 ? 'unauthenticated' : 'validation'}`, title, status, detail, ...extra }));
};
const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
};
const readBody = (req: IncomingMessage) => new Promise<Record<string, unknown>>((resolve) => {
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('end', () => { try { resolve(JSON.parse(data || '{}')); } catch { resolve({}); } });
});
const orgOf = (r: Rec): string[] => {
  if (typeof r.organizationId === 'string') return [r.organizationId];
  if (Array.isArray(r.enrollments) && r.id.startsWith('mem-')) return (r.enrollments as Array<{ organizationId: string }>).map((e) => e.organizationId);
  return [r.id];
};
const tables: Record<string, Rec[]> = { organizations: orgRecords, teams, staff, members, authorizations, sites: orgRecords.flatMap((o) => (o.sites as Rec[]).map((s) => ({ ...s, organizationId: o.id }))) };

function feeSchedule(date: string) {
  return mockPack.rates.map((r) => {
    const code = mockPack.codes.find((c) => c.id === r.code)!;
    // The server's FeeScheduleRow (src/catalog/fee-schedule.ts): conditions and unit in words, sources joined.
    const conditions = Object.entries(r.conditions).map(([k, v]) => `${k === 'teamSize' ? 'Team size' : 'Team stage'}: ${v}`).join('; ');
    return {
      program: 'de-promise', service: code.service, serviceName: mockPack.services.find((s) => s.id === code.service)?.name, codeId: code.id,
      code: code.code, modifiers: code.modifiers, descriptor: code.descriptor, unit: mockPack.units.find((u) => u.id === code.unit)?.label,
      conditions, pricing: 'rate', amount: Number(r.amount).toFixed(2), payer: r.payer, label: r.label,
      source: Array.isArray(r.source) ? r.source.join(', ') : r.source, decision: (r as { decision?: string }).decision,
      effectiveFrom: r.effective.from, date,
    };
  });
}

/** Vite plugin: answers /api/v1/* and /healthz from memory. */
export function mockApi(): Plugin {
  return {
    name: 'openhcbs-mock-api',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const path = url.pathname;
        if (path === '/healthz') return json(res, { status: 'ok' });
        if (!path.startsWith('/api/')) return next();
        const sid = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
        const user = sid ? sessions.get(sid) : undefined;

        if (path === '/api/v1/auth/login' && req.method === 'POST') {
          const body = await readBody(req);
          const found = users.find((u) => u.email === body.email);
          if (!found || body.password !== 'demo-password-2025') return problem(res, 401, 'Email or password is not correct', 'Check your email and password and try again.');
          const id = Math.random().toString(36).slice(2);
          sessions.set(id, found);
          res.setHeader('set-cookie', `sid=${id}; Path=/; HttpOnly; SameSite=Lax`);
          return json(res, { user: found });
        }
        if (path === '/api/v1/auth/logout') { if (sid) sessions.delete(sid); res.setHeader('set-cookie', 'sid=; Path=/; Max-Age=0'); res.statusCode = 204; return res.end(); }
        if (path === '/api/v1/auth/me') return user ? json(res, { user }) : problem(res, 401, 'Sign-in required');
        if (path === '/api/v1/programs') return json(res, [{ id: 'de-promise', name: 'Delaware PROMISE', jurisdiction: 'DE' }, { id: 'ct-mro', name: 'Connecticut MRO', jurisdiction: 'CT' }]);
        if (path === '/api/v1/catalog/de-promise') return json(res, mockPack);
        if (path.startsWith('/api/v1/catalog/')) return problem(res, 404, 'Program not found', `No pack named ${path.split('/').pop()}`);
        if (path === '/api/v1/fee-schedule') {
          const date = url.searchParams.get('date') ?? '2025-06-01';
          if (url.searchParams.get('program') !== 'de-promise') return json(res, { items: [] });
          const rows = feeSchedule(date);
          if (url.searchParams.get('format') === 'csv') {
            res.setHeader('content-type', 'text/csv');
            return res.end(['code,modifiers,amount', ...rows.map((r) => `${r.code},${r.modifiers.join(' ')},${r.amount}`)].join('\n'));
          }
          return json(res, { program: 'de-promise', date, items: rows });
        }
        if (!user) return problem(res, 401, 'Sign-in required', 'Sign in to see this.');
        const match = /^\/api\/v1\/(organizations|sites|teams|staff|members|authorizations)(?:\/([^/]+))?$/.exec(path);
        if (!match) return problem(res, 404, 'Not found');
        const [, entity, id] = match;
        const visible = tables[entity].filter((r) => user.role !== 'provider-staff' || orgOf(r).includes(user.organizationId!));
        if (id) {
          const record = visible.find((r) => r.id === id);
          return record ? json(res, record) : problem(res, 404, 'Not found', `No ${entity.replace(/s$/, '')} ${id} is available to you.`);
        }
        const q = (url.searchParams.get('q') ?? '').toLowerCase();
        const orgFilter = url.searchParams.get('organizationId');
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize') ?? 25)));
        const rows = visible.filter((r) => (!q || JSON.stringify(r).toLowerCase().includes(q)) && (!orgFilter || orgOf(r).includes(orgFilter)));
        await new Promise((r) => setTimeout(r, 120));
        return json(res, { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize });
      });
    },
  };
}
