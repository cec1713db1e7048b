/** Track: the pure tracking computation (column detection, per-row figures and statuses, peer ranks). */
export * from "./analyze";
export * from "./compute";
export * from "./detect";
export * from "./grid";
export * from "./inputs";
export * from "./peers";
export * from "./periodLabel";
export * from "./types";
