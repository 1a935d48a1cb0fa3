import { problems, type FieldError, type Problem } from '../platform/http/problems.js';
import { formatBundleError, type BundleError } from './format-bundle-error.js';

/** A bundle error as a problem field error: `path` into the request body (`members.2.birthDate`), message as the CLI prints it. */
export function toFieldError(e: BundleError): FieldError & { file: string; index: number | null; ref?: string; field: string } {
  const key = e.file.replace(/\.json$/, '');
  return {
    path: [key, e.index === null ? '' : String(e.index), e.path].filter(Boolean).join('.') || 'body',
    message: formatBundleError(e), file: e.file, index: e.index, ...(e.ref ? { ref: e.ref } : {}), field: e.path,
  };
}

/** A validation problem listing every error of an import, each naming file, record and field; nothing was written. */
export function importProblem(errors: BundleError[]): Problem {
  return problems.validation(errors.map(toFieldError), `${errors.length} problem${errors.length === 1 ? '' : 's'} in the import; nothing was written.`);
}
