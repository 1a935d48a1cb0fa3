import { Citation } from './schema/index.js';

export interface CitationParts { file: string; from: number; to: number }

/** `003_23a08ecffbbbbdbf.txt:L1089-L1094` → file and line range; undefined when the text is not a citation. */
export function parseCitation(text: string): CitationParts | undefined {
  if (!Citation.safeParse(text).success) return undefined;
  const [, file, from, to] = /^(.+):L(\d+)(?:-L(\d+))?$/.exec(text)!;
  return { file: file!, from: Number(from), to: Number(to ?? from) };
}
