/** A staff member named for a role in an application, with what the checks may judge: age, degree, credentials, time. */
export interface StaffProfile {
  staffId: string;
  name: string;
  roleId: string;
  degree: string | null;
  birthDate: string | null;
  /** Full-time equivalents given to the program (1 = full time); null when not stated. */
  fte: number | null;
  hoursPerWeek: number | null;
  credentials: readonly StaffCredentialFact[];
}

export interface StaffCredentialFact {
  kind: string;
  name: string;
  from: string;
  to: string | null;
}

/** What an automatic check found about one checklist item: the reviewer sees these beside the provider's answer. */
export interface CheckFinding {
  /** Which check produced it (`role-qualification`, `staffing-ratio`, `credentials-current`). */
  check: string;
  /** met: the data shows it; not-met: the data shows it is not; unknown: the data cannot tell — a reviewer decides. */
  outcome: 'met' | 'not-met' | 'unknown';
  /** The pack entry judged, with its citation. */
  rule: { id: string; source: string | readonly string[] };
  /** The facts judged (identifiers and numbers only). */
  saw: Record<string, unknown>;
  message: string;
}
