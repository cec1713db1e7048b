/**
 * A stand-in for the `CustomFunctions` global that Excel's host file defines, so wrappers run in Node.
 * Same shape as the runtime: `new CustomFunctions.Error(code, message)` with `code` the Excel error text.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const registered = new Map<string, (...args: unknown[]) => unknown>();
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) {
    if (typeof id === "string" && fn) registered.set(id, fn);
    else if (typeof id === "object") for (const [k, v] of Object.entries(id)) registered.set(k, v);
  },
  __registered: registered,
};
export {};
