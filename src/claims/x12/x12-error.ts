/** Where a segment sits: its 0-based index in the file, its 1-based place in its transaction set (ST = 1), its line and byte offset. */
export interface X12Position {
  segmentIndex: number;
  /** 1-based position inside the transaction set, as a 999 IK302 counts it; absent outside ST…SE. */
  setPosition?: number;
  line: number;
  offset: number;
}

/**
 * What a 999 needs to classify an error: IK304 for segment problems, IK403 for element problems.
 * Kept as the X12 codes themselves so write999 does not have to guess.
 */
export interface X12SyntaxCode { ik304?: string; ik403?: string }

/** One problem with an X12 file, named the way an EDI analyst looks for it: segment, loop, element, where, why. */
export interface X12Error extends X12SyntaxCode {
  segment: string;
  /** Implementation-guide loop id (`2400`), or `ISA`/`GS`/`ST` for envelope errors. */
  loop: string;
  /** Element reference such as `SV101-2` or `CLM05-3`; absent for a whole-segment problem. */
  element?: string;
  position: X12Position;
  message: string;
  /** CLM01 of the claim the error rejects, so a 999 can name it (CTX*CLM01) and a provider can find it. */
  claim?: string;
  /** The offending value, only for codes, qualifiers, amounts and counts: never names, ids or dates (PHI). */
  value?: string;
}
