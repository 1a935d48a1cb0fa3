import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { read837 } from './read-837.js';
import type { InterchangeEvent } from './read-837-event.js';
import { write837ToString } from './write-837.js';
import { write999 } from './write-999.js';
import { writeTa1 } from './write-ta1.js';
import { aClaim, anEnvelope } from './a-claim.fixture.js';

const ack = { sender: '12345', receiver: '000000005', controlNumber: 1, groupControlNumber: 1, date: '2026-01-10', time: '10:00' };
async function interchangeOf(text: string): Promise<InterchangeEvent> {
  for await (const e of read837(text, { program: 'de-promise' })) if (e.type === 'interchange') return e;
  throw new Error('no interchange event');
}

describe('999 acknowledgment', () => {
  test('the public sample: set accepted with errors, one IK3 per rejected element, the claim named in CTX (golden)', async () => {
    const received = await interchangeOf(readFileSync('/work/shared/samples/x12/837p-professional-example1.837', 'latin1'));
    expect(write999(received, ack)).toBe(readFileSync(new URL('./837p-professional-example1.golden.999', import.meta.url), 'latin1'));
  });

  test('a clean 837 is accepted: IK5*A and AK9*A', async () => {
    const text = write999(await interchangeOf(write837ToString([aClaim()], anEnvelope)), ack);
    expect(text).toContain('AK2*837*0001*005010X222A1~\nIK5*A~\nAK9*A*1*1*1~');
  });

  test('a miscounted SE rejects the set: IK3 on SE, IK5*R*4 (segment count), AK9*R', async () => {
    const bad = write837ToString([aClaim()], anEnvelope).replace(/\nSE\*(\d+)/, (_, n) => `\nSE*${+n + 1}`);
    const text = write999(await interchangeOf(bad), ack);
    expect(text).toContain('IK3*SE*22**8~\nIK5*R*4~\nAK9*R*1*1*0~');
  });

  test('its own envelope counts hold: SE01, GE01 and IEA02', async () => {
    const text = write999(await interchangeOf(write837ToString([aClaim(), aClaim({ totalCharge: '1.00' })], anEnvelope)), ack);
    const segments = text.split('~\n').slice(0, -1);
    const st = segments.findIndex((s) => s.startsWith('ST*')), se = segments.findIndex((s) => s.startsWith('SE*'));
    expect(segments[se]).toBe(`SE*${se - st + 1}*0001`);
    expect(segments.at(-2)).toBe('GE*1*1');
    expect(segments.at(-1)).toBe('IEA*1*000000001');
    expect(text).toContain('IK5*E*5~');
  });
});

describe('TA1 interchange acknowledgment', () => {
  test('A/000 for a sound envelope, R/001 when IEA02 differs from ISA13', async () => {
    const good = write837ToString([aClaim()], anEnvelope);
    expect(writeTa1(await interchangeOf(good), ack)).toContain('\nTA1*000000042*260110*0930*A*000~\nIEA*0*000000001~');
    const bad = good.replace('IEA*1*000000042', 'IEA*1*000000043');
    expect(writeTa1(await interchangeOf(bad), ack)).toContain('\nTA1*000000042*260110*0930*R*001~');
  });
});
