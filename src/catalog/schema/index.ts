export * from './common.js';
export * from './billing.js';
export * from './rules.js';
export * from './network.js';
export * from './criteria.js';
export * from './decisions.js';
export * from './pack.js';
