/**
 * One failure vocabulary for the whole domain. Core functions never throw for bad data: they return an
 * {@link IndicatorError}. Only the function layer turns it into an Excel error (`#VALUE!`, `#N/A`, …) and
 * only the UI turns it into a sentence, both through the message catalog in `messages.ts`.
 */
import type { MessageKey } from "./messages";

/** The Excel error a failure maps to. Messages are shown by Excel only for `value` and `na`. */
export type ErrorCode = "value" | "na" | "div0" | "num";

export class IndicatorError {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: ErrorCode, key: MessageKey, params: Record<string, string | number> = {}) {
    this.code = code;
    this.key = key;
    this.params = params;
  }
}

export function fail(
  code: ErrorCode,
  key: MessageKey,
  params?: Record<string, string | number>,
): IndicatorError {
  return new IndicatorError(code, key, params);
}

export function isIndicatorError(x: unknown): x is IndicatorError {
  return x instanceof IndicatorError;
}

/**
 * A computed result as it may leave a core function: a finite number with −0 folded to 0, or #NUM! when the
 * arithmetic overflowed or was undefined (1e308 / 1e-308, ∞ − ∞). Core functions end with it so that no
 * caller, cell or sentence ever receives NaN, ±Infinity or −0.
 * @example finiteResult(-0) // => 0
 */
export function finiteResult(r: number): number | IndicatorError {
  if (r - r !== 0) return new IndicatorError("num", "notFinite");
  return r === 0 ? 0 : r;
}
