/**
 * The workbook layer's one failure type. Adapters throw it (and only it) for bad input: an unknown sheet or
 * table, an invalid name, a file that is not an .xlsx. Callers (views, CLI commands) catch it and show
 * `formatMessage(e.key, lang, e.params)`; nothing raw reaches the user.
 */
import { formatMessage, type Lang, type MessageKey } from "../core/messages";

export class WorkbookError extends Error {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(key: MessageKey, params: Record<string, string | number> = {}) {
    super(formatMessage(key, "en", params));
    this.name = "WorkbookError";
    this.key = key;
    this.params = params;
  }
  /** The message in the user's language. */
  text(lang: Lang): string {
    return formatMessage(this.key, lang, this.params);
  }
}

export function isWorkbookError(x: unknown): x is WorkbookError {
  return x instanceof WorkbookError;
}

/** A short description of any thrown value (for `internal`/`wbOfficeFailed` details). */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
