import type { Catalog, Catalogs } from '../catalog/index.js';
import type { InterchangeEvent } from './x12/read-837-event.js';
import { write999 } from './x12/write-999.js';
import { write835 } from './remit/write-835.js';
import type { RemittanceDocument } from './remittance-document.js';
import { toRemittance } from './to-remittance.js';

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

/**
 * The 835 of one remittance document, paid by the payer its program's pack names (pack.yaml `payer`: N1*PR, TRN03,
 * ISA05/06 and GS02). Null — no 835, the JSON and CSV remittance still stand — when the program is unknown or its
 * pack names no payer: an 835 with an invented payer id would be worse than none.
 */
export function remittance835(catalogs: Catalogs): (doc: RemittanceDocument) => string | null {
  return (doc) => {
    const payer = payingProgram(doc, catalogs)?.manifest.payer;
    if (!payer) return null;
    const sender = payer.interchangeId ?? payer.id;
    return write835([toRemittance(doc, { name: payer.name, id: payer.id, contact: payer.contact })], {
      sender, senderQualifier: payer.interchangeQualifier, receiver: doc.payee.npi || 'PAYEE', controlNumber: controlNumber(), groupControlNumber: 1, ...clock(),
    });
  };
}

/** The program whose payer pays a remittance: the document's (a payment cycle makes one remittance per payee and program). */
export function payingProgram(doc: RemittanceDocument, catalogs: Catalogs): Catalog | undefined {
  return catalogs.get(doc.program);
}
