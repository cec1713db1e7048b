/**
 * Units of stated quantities: the magnitude prefix (万, 亿, 千, 百) and the base unit, so that "35.6亿元" and
 * "356000万元" compare. Written here (small, pure) because the check engine needs exactly this: same base unit →
 * convertible, else not comparable. Rates (%), percentage points and ranks are never scaled.
 */

/** Units that carry no magnitude prefix, whatever characters they start with. */
const UNSCALED = new Set(["%", "‰", "个百分点", "百分点", "倍", "位", "名", "百分比"]);

const PREFIX: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

export interface UnitParts {
  /** Base unit after the prefixes ("元" for "万元"); "" when the unit was only a magnitude ("万"). */
  base: string;
  /** Multiplier of the prefixes ("万亿" → 1e12). */
  scale: number;
}

/** Split a unit as written into magnitude and base. `个` before a counted noun is kept ("个百分点"). */
export function unitParts(unit: string | null | undefined): UnitParts | null {
  if (unit === null || unit === undefined) return null;
  const u = unit.trim();
  if (u === "") return null;
  if (UNSCALED.has(u)) return { base: u === "百分点" ? "个百分点" : u, scale: 1 };
  let scale = 1;
  let i = 0;
  // Strip leading magnitude characters, but keep at least one character of a base like "千瓦" → 瓦 ×1e3.
  while (i < u.length && PREFIX[u[i] as string] !== undefined) {
    scale *= PREFIX[u[i] as string] as number;
    i++;
  }
  const base = u.slice(i);
  // 度 is a kilowatt-hour: "亿度" and "亿千瓦时" compare.
  if (base === "度") return { base: "瓦时", scale: scale * 1e3 };
  return { base, scale };
}

/** Convert `value` from one unit to another when they share a base; null when they do not. */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  if ((from ?? "") === (to ?? "")) return value;
  const a = unitParts(from);
  const b = unitParts(to);
  if (!a || !b) return null;
  if (a.base !== b.base) return null;
  return (value * a.scale) / b.scale;
}

/** True when two units measure the same kind of thing (same base), e.g. 万元 and 亿元. */
export function sameUnitFamily(a: string | null, b: string | null): boolean {
  const pa = unitParts(a);
  const pb = unitParts(b);
  return !!pa && !!pb && pa.base === pb.base;
}

/** True for a rate unit (% or ‰). */
export function isRateUnit(unit: string | null | undefined): boolean {
  return unit === "%" || unit === "‰";
}
