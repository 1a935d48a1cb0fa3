// A small hand-made pack in the shape of GET /api/v1/catalog/:program, for UI work without the server.
// Values come from the PROMISE digest; it is a fixture, not the policy: the real pack is policy/de-promise/.
const S = (line: number | string) => `003_23a08ecffbbbbdbf.txt:L${line}`;
const eff = { from: '2025-02-01' };

const actRates = [
  ['HO', '208.21', '195.91', '197.09', '187.15'], ['HN', '177.04', '165.80', '167.59', '158.39'],
  ['HM', '170.88', '159.83', '161.76', '152.69'], ['AM', '685.11', '658.31', '648.54', '628.90'],
  ['HP', '518.71', '496.96', '491.03', '474.76'], ['TD', '256.54', '242.74', '242.85', '231.89'],
] as const;

export const mockPack = {
  manifest: {
    id: 'de-promise', name: 'Delaware PROMISE', jurisdiction: 'DE', agency: 'DHSS / DSAMH', timezone: 'America/New_York',
    effective: eff, rates: 'published',
    sources: [{ file: '003_23a08ecffbbbbdbf.txt', title: 'PROMISE HCBS Service Certification and Reimbursement Manual', date: '2025-02-01' }],
    programs: [{ id: 'act', name: 'Assertive Community Treatment', kind: 'team' }, { id: 'icm', name: 'Intensive Case Management', kind: 'team' }],
  },
  units: [
    { id: 'per-diem', kind: 'day', label: 'Per diem', source: S(307), effective: eff },
    { id: 'per-15-minutes', kind: 'timed', label: '15 minutes', minutes: 15, minimumToBill: 8, counting: 'cms-8-minute', source: S(314), effective: eff, decision: 'D-07' },
  ],
  modifiers: actRates.map(([m]) => ({ code: m, meaning: m, source: S(307), effective: eff })),
  dimensions: [
    { id: 'teamSize', label: 'Team size', values: ['small', 'large'], derivedFrom: 'team.sizeBand', source: S(2044) },
    { id: 'teamStage', label: 'Team stage', values: ['new', 'established'], derivedFrom: 'team.startDate' },
  ],
  services: [
    { id: 'care-management', name: 'Care Management', section: 'Care Management', category: 'care-management', description: 'All PROMISE beneficiaries receive Care Management.', authorization: 'none', source: S(72), effective: eff },
    { id: 'cpst-act', name: 'CPST – Assertive Community Treatment', section: 'CPST – EBP Billing', category: 'evidence-based-practice', description: 'ACT program services billed per diem or per 15 minutes by practitioner category.', authorization: 'prior-authorization', teamPrograms: ['act'], source: S('304-L312'), effective: eff },
    { id: 'psr', name: 'Psychosocial Rehabilitation', section: 'Psychosocial Rehabilitation (PSR)', category: 'rehabilitation', description: 'Skill building for community living.', authorization: 'registration', source: S(1127), effective: eff },
  ],
  codes: [
    ...actRates.map(([m]) => ({ id: `H0040-${m}`, service: 'cpst-act', code: 'H0040', modifiers: [m], descriptor: 'ACT program, per diem', unit: 'per-diem', pricing: 'rate', dimensions: ['teamSize', 'teamStage'], source: S(307), effective: eff })),
    { id: 'H2017', service: 'psr', code: 'H2017', modifiers: [], descriptor: 'Psychosocial rehabilitation, per 15 minutes', unit: 'per-15-minutes', pricing: 'rate', dimensions: [], source: S(1230), effective: eff },
  ],
  rates: [
    ...actRates.flatMap(([m, ns, nl, es, el]) => ([
      ['small', 'new', ns], ['large', 'new', nl], ['small', 'established', es], ['large', 'established', el],
    ] as const).map(([size, stage, amount]) => ({
      id: `H0040-${m}-${size}-${stage}`, code: `H0040-${m}`, conditions: { teamSize: size, teamStage: stage }, amount,
      label: `${size === 'small' ? 'Small' : 'Large'} team, ${stage === 'new' ? 'new team first year' : 'established'}`,
      payer: 'medicaid', source: S(m === 'HP' ? 2144 : 311), effective: eff, ...(m === 'HP' ? { decision: 'D-01' } : {}),
    }))),
    { id: 'H2017-individual', code: 'H2017', conditions: {}, amount: '1234.5', label: 'Individual', payer: 'medicaid', source: S(1230), effective: eff },
  ],
  practitionerCategories: [],
  limits: [
    { id: 'act-monthly-per-diems', appliesTo: { services: ['cpst-act'] }, period: 'month', measure: 'per-diems', max: 4, per: 'member', beyond: 'prior-authorization', approver: 'DSAMH', text: 'An ACT team may bill at most four per diems per beneficiary per month.', source: S(2100), effective: eff, decision: 'D-04' },
    { id: 'psr-group-hours', appliesTo: { services: ['psr'] }, period: 'calendar-year', measure: 'hours', max: 260, per: 'member', beyond: 'prior-authorization', text: 'Group PSR beyond 260 hours per calendar year needs prior authorization.', source: S(1205), effective: eff },
  ],
  rules: [
    { kind: 'team-only', id: 'act-team-only', text: 'Members enrolled in ACT or ICM receive CPST, Peer Support and PSR only through their team.', services: ['psr'], programs: ['act', 'icm'], source: [S(270), S(1043), S(1205)], effective: eff },
    { kind: 'daily-per-diem', id: 'act-one-per-diem', text: 'Only one per diem per practitioner category per day.', appliesTo: { services: ['cpst-act'] }, max: 1, scope: 'per-category', source: S(2044), effective: eff, decision: 'D-05' },
    { kind: 'timely-filing', id: 'timely-filing', text: 'Claims must be submitted within 365 days of the date of service.', days: 365, source: S(60), effective: eff },
  ],
  authorization: [
    { id: 'act-all-pa', appliesTo: { services: ['cpst-act'] }, mode: 'prior-authorization', when: 'always', approver: 'DSAMH or designee', maxSpanDays: 180, text: 'All ACT services require prior authorization.', source: [S(1993), S(2050)], effective: eff },
  ],
  providerTypes: [
    {
      id: 'act-provider', name: 'ACT provider agency', services: ['cpst-act'], delivery: 'agency',
      requirements: [{ id: 'act-license', kind: 'license', text: 'Licensed by the State as a behavioral-health agency.', source: S(286) }],
      roles: [{ id: 'team-lead', name: 'Team lead', required: true, qualifiedBy: [[{ id: 'tl-masters', kind: 'degree', text: "Master's degree in a behavioral-health field", source: S(290) }], [{ id: 'tl-lic', kind: 'license', text: 'Licensed clinician', source: S(291) }]], source: S(290) }],
      verification: { by: 'DSAMH', everyMonths: 24, initial: 'upon-certification', text: 'Re-verified bi-annually.', decision: 'D-09', source: S(296) },
      source: S(286), effective: eff,
    },
  ],
  criteria: [
    {
      id: 'act-admission', appliesTo: { services: ['cpst-act'] }, kind: 'admission', title: 'ACT admission criteria', source: S(2000), effective: eff,
      checklist: {
        id: 'root', combine: 'all', items: [
          { id: 'age', text: 'Age 18 or older', source: S(2026) },
          { id: 'dx', combine: 'any', text: 'A qualifying diagnosis', items: [{ id: 'scz', text: 'Schizophrenia spectrum disorder' }, { id: 'bp', text: 'Bipolar disorder' }] },
          { id: 'fn', combine: 'at-least', count: 2, text: 'Functional impairment', items: [{ id: 'f1', text: 'Unable to maintain housing' }, { id: 'f2', text: 'Two or more hospitalizations in 12 months' }, { id: 'f3', text: 'Co-occurring substance use disorder' }] },
        ],
      },
    },
  ],
  touchLevels: [],
  fidelity: [
    {
      id: 'tmact', name: 'TMACT', program: 'act', scale: { min: 1, max: 5 }, source: S(2054),
      subscales: [{ id: 'os', name: 'Operations and structure' }, { id: 'ct', name: 'Core team' }],
      levels: [
        { id: 'high', name: 'High fidelity', rank: 3, overallMin: 4.2, subscales: [], billing: { rateProgram: 'act', monthlyPerDiemCap: 4, additionalPerDiemsVia: 'prior-authorization', text: 'Bills ACT rates; more per diems via PA.' }, source: S(2117), effective: eff },
        { id: 'basic', name: 'Basic fidelity', rank: 1, overallMin: 3.0, subscales: [{ scales: ['os', 'ct'], aggregate: 'each', min: 3 }], billing: { rateProgram: 'act', monthlyPerDiemCap: 4, text: 'Bills ACT rates.' }, review: { pendOnRequest: true, cureDays: 90, revertTo: 'non-fidelity', text: 'Corrective action plan up to 90 days.' }, source: S(2100), effective: eff, decision: 'D-08' },
        { id: 'non-fidelity', name: 'Non-fidelity ACT', rank: 0, subscales: [], billing: { rateProgram: 'non-fidelity-act', text: 'Bills H0037.' }, source: S(2072), effective: eff },
      ],
    },
  ],
  scales: [
    {
      id: 'se-fidelity', name: 'Supported Employment Fidelity Scale', version: '1/7/08', source: S(1464),
      items: Array.from({ length: 25 }, (_, i) => ({ id: `item-${i + 1}`, number: i + 1, section: i < 3 ? 'Staffing' : i < 11 ? 'Organization' : 'Services', name: `Item ${i + 1}`, anchors: { 1: 'Not implemented', 3: 'Partly', 5: 'Fully implemented' }, source: S(1470 + i * 10) })),
      bands: [{ id: 'exemplary', name: 'Exemplary fidelity', min: 115, max: 125 }, { id: 'good', name: 'Good fidelity', min: 100, max: 114 }, { id: 'fair', name: 'Fair fidelity', min: 74, max: 99 }, { id: 'not', name: 'Not supported employment', min: 0, max: 73 }],
    },
  ],
  reasonCodes: [],
  decisions: [
    {
      id: 'D-01', title: 'H0040 HP (APRN) ACT per diem: service section vs Appendix 3', kind: 'contradiction', digestRef: 'C1',
      inForce: 'Appendix 3 rates ($518.71 / $496.96 / $491.03 / $474.76).',
      alternatives: [{ text: 'Service section: $618.71 / $596.96 / $591.03 / $574.76', source: S(311) }, { text: 'Appendix 3: $518.71 / $496.96 / $491.03 / $474.76', source: [S(2144), S(2154)] }],
      reason: 'Every cell differs by exactly $100.00; the Appendix values follow the pattern of every other modifier.',
      sources: [S(311), S(2144)], affects: ['H0040-HP-small-new'], decidedOn: '2025-03-01', status: 'in-force',
    },
    {
      id: 'D-05', title: 'ACT daily per-diem limit: per category or in total', kind: 'contradiction', digestRef: 'C5',
      inForce: 'One per diem per practitioner category per day.', alternatives: [{ text: 'One per category per day', source: S(2044) }, { text: 'One in total per day', source: S(2103) }],
      reason: 'The billing guidance is the rule; the fidelity note is an example.', sources: [S(2044), S(2103)], affects: ['act-one-per-diem'], decidedOn: '2025-03-01', status: 'in-force',
    },
    {
      id: 'D-07', title: 'Counting 15-minute units beyond the first', kind: 'open-question', inForce: 'CMS 8-minute rule.',
      alternatives: [{ text: 'CMS 8-minute rule' }, { text: 'Whole units only' }], reason: 'The manual is silent; CMS practice is common.', sources: [S(328)], affects: ['per-15-minutes'], decidedOn: '2025-03-01', status: 'in-force',
    },
  ],
};
