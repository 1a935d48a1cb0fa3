import PDFDocument from 'pdfkit';

export interface CertificationLetter {
  agency: string;
  programName: string;
  organizationName: string;
  providerTypeName: string;
  outcome: 'approved' | 'provisional' | 'denied';
  decidedOn: string;
  certifiedFrom: string | null;
  certifiedThrough: string | null;
  reverifyEveryMonths: number | null;
  conditions: readonly string[];
  reasons: readonly string[];
  items: readonly { text: string; status: string; note: string | null }[];
  reviewer: string;
  applicationId: string;
}

const headline = { approved: 'Certification approved', provisional: 'Provisional certification approved', denied: 'Certification denied' } as const;

/** The decision letter as a PDF: the program agency's letterhead, decision, period, conditions, reasons, items, reviewer. */
export function renderCertificationLetter(letter: CertificationLetter): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 60, info: {
    Title: `${headline[letter.outcome]} — ${letter.organizationName}`, Author: letter.agency, CreationDate: new Date(`${letter.decidedOn}T12:00:00Z`),
  } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(14).text(letter.agency);
  doc.font('Helvetica').fontSize(10).fillColor('#555').text(letter.programName).fillColor('black');
  doc.moveTo(60, doc.y + 6).lineTo(552, doc.y + 6).stroke().moveDown(1.5);
  doc.fontSize(10).text(letter.decidedOn, { align: 'right' }).moveDown();
  doc.text(letter.organizationName).text(`Application ${letter.applicationId}`).moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(`${headline[letter.outcome]}: ${letter.providerTypeName}`).moveDown(0.5);
  doc.font('Helvetica').fontSize(10);
  if (letter.outcome === 'denied') {
    doc.text(`Your application to be certified as ${letter.providerTypeName} has been denied for the reasons below.`);
  } else {
    doc.text(`Your organization is certified as ${letter.providerTypeName}${letter.outcome === 'provisional' ? ' provisionally, on the conditions below' : ''}, `
      + `from ${letter.certifiedFrom} through ${letter.certifiedThrough}.`);
    if (letter.reverifyEveryMonths) doc.text(`Qualifications are re-verified every ${letter.reverifyEveryMonths} months; certification lapses when re-verification is overdue.`);
  }
  section(doc, 'Conditions', letter.conditions);
  section(doc, 'Reasons', letter.reasons);
  if (letter.items.length) {
    doc.moveDown().font('Helvetica-Bold').text('Review of the application items').font('Helvetica').fontSize(9);
    for (const item of letter.items) {
      doc.text(`[${item.status}] ${item.text.length > 160 ? `${item.text.slice(0, 157)}…` : item.text}${item.note ? ` — ${item.note}` : ''}`, { paragraphGap: 2 });
    }
    doc.fontSize(10);
  }
  doc.moveDown(2).text('Sincerely,').moveDown().text(letter.reviewer).text(letter.agency);
  doc.end();
  return done;
}

function section(doc: PDFKit.PDFDocument, title: string, lines: readonly string[]): void {
  if (!lines.length) return;
  doc.moveDown().font('Helvetica-Bold').text(title).font('Helvetica');
  lines.forEach((l, i) => doc.text(`${i + 1}. ${l}`));
}
