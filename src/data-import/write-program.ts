import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportFiles, type ImportFileName } from './bundle-schema.js';
import { openJsonArrayWriter, type JsonArrayWriter } from './json-array-writer.js';
import { streamProgram, type GenerateOptions } from './stream-program.js';
import { bundleKeyOf } from './write-bundle.js';

/**
 * Generates a program straight into an import folder, member by member, so a million members never sit in memory
 * at once; writes the same bytes as `writeBundle(dir, generateProgram(options))`. `onProgress` gets members done.
 */
export async function writeProgram(
  options: GenerateOptions, dir: string, onProgress?: (membersDone: number) => void,
): Promise<Record<ImportFileName, number>> {
  await mkdir(dir, { recursive: true });
  const stream = streamProgram(options);
  const writers = {} as Record<ImportFileName, JsonArrayWriter>;
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) writers[file] = await openJsonArrayWriter(join(dir, file));
  let done = 0;
  for (const { member, plans, authorizations } of stream.members()) {
    const pending = [writers['members.json'].write(member)];
    for (const plan of plans) pending.push(writers['plans.json'].write(plan));
    for (const authorization of authorizations) pending.push(writers['authorizations.json'].write(authorization));
    done++;
    if (pending.some(Boolean)) {
      await Promise.all(pending);
      onProgress?.(done);
    }
  }
  // The network is complete only now: teams and care managers were added as caseloads filled.
  const network = stream.network();
  for (const file of ['organizations.json', 'sites.json', 'teams.json', 'staff.json'] as const) {
    const records = network[bundleKeyOf(file) as keyof typeof network];
    for (const record of records) {
      const pending = writers[file].write(record);
      if (pending) await pending;
    }
  }
  const counts = {} as Record<ImportFileName, number>;
  for (const file of Object.keys(ImportFiles) as ImportFileName[]) counts[file] = await writers[file].close();
  onProgress?.(done);
  return counts;
}
