// The catalog module's public API: load packs, build catalogs, look up rates, publish fee schedules, lint packs.
export * from './schema/index.js';
export type { Result } from './result.js';
export { formatPackIssue, type PackIssue } from './pack-issue.js';
export { loadPack } from './load-pack.js';
export { loadPacks } from './load-packs.js';
export { buildCatalog, buildCatalogs, type Catalog, type Catalogs } from './catalog.js';
export { isEffectiveOn, inForceOn } from './is-effective-on.js';
export { lookupRate, type PricedRate, type RateProblem, type RateProblemKind, type RateQuery } from './lookup-rate.js';
export { conditionMatches } from './condition-matches.js';
export { describeConditions, describeValue } from './describe-condition.js';
export { feeSchedule, type FeeScheduleRow } from './fee-schedule.js';
export { feeScheduleCsv } from './fee-schedule-csv.js';
export { checkPack } from './check-pack.js';
export { lintPack, type LintOptions } from './lint-pack.js';
export { lintPacks } from './lint-packs.js';
export { formatLintReport, type LintReport } from './lint-report.js';
export { defaultSourcesDir } from './default-sources-dir.js';
export { parseCitation, type CitationParts } from './parse-citation.js';
