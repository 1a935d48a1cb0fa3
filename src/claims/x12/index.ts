// X12 837P intake: what the rest of the claims module may use.
export { read837, ACCEPTED_837P_VERSIONS, type Read837Options } from './read-837.js';
export type { Read837Event, ClaimEvent, TransactionSetEvent, FunctionalGroupEvent, InterchangeEvent, EnvelopeIds } from './read-837-event.js';
export { write837, write837ToString, type Write837Options } from './write-837.js';
export { write999, type Write999Options } from './write-999.js';
export { writeTa1 } from './write-ta1.js';
export { tokenizeX12, type X12Segment, type X12Separators, type X12Source } from './tokenize-x12.js';
export type { X12Error, X12Position } from './x12-error.js';
export type { InterchangeHeader } from './format-isa.js';
