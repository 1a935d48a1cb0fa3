/** A use case's answer: the value, or a problem it expected and can name (bugs throw instead). */
export type Result<T, P> = { ok: true; value: T } | { ok: false; problem: P };
