import type { Catalogs } from '../catalog/index.js';
import type { InterchangeEvent } from './x12/read-837-event.js';
import { write999 } from './x12/write-999.js';
import { write835 } from './remit/write-835.js';
import type { RemittanceDocument } from './remittance-document.js';
import { toRemittance, type Payer } from './to-remittance.js';

/** Placeholder TRN03 payer id until the program's EIN is configured (docs/claims.md, "what's left"). */
const UNCONFIGURED_PAYER_ID = '1000000000';

/** An ISA13 for what we send: seconds since 2020 mod 10^9 — increasing, 9 digits. */
const controlNumber = () => Math.floor((Date.now() - Date.UTC(2020, 0, 1)) / 1000) % 1_000_000_000;

const clock = () => {
  const now = new Date().toISOString();
  return { date: now.slice(0, 10), time: now.slice(11, 16) };
};

/** The 999 we answer an 837 interchange with: from its receiver back to its sender. */
export function ack999(received: InterchangeEvent): string {
  return write999(received, { sender: received.receiver || 'PAYER', receiver: received.sender || 'SENDER', controlNumber: controlNumber(), groupControlNumber: 1, ...clock() });
}

/** The 835 of one remittance document, paid by the program of its claims (the pack's name). */
export function remittance835(catalogs: Catalogs): (doc: RemittanceDocument) => string {
  return (doc) => {
    const name = catalogs.list()[0]?.manifest.name ?? 'Medicaid';
    const payer: Payer = { name, id: UNCONFIGURED_PAYER_ID };
    return write835([toRemittance(doc, payer)], {
      sender: UNCONFIGURED_PAYER_ID, receiver: doc.payee.npi || 'PAYEE', controlNumber: controlNumber(), groupControlNumber: 1, ...clock(),
    });
  };
}
