/** Index key of a code + modifier set: modifiers are a set, so their billed order does not matter. */
export function codeKey(code: string, modifiers: readonly string[] = []): string {
  const mods = modifiers.map((m) => m.trim().toUpperCase()).filter(Boolean).sort();
  return [code.trim().toUpperCase(), ...mods].join('|');
}
