/**
 * How the preview grid shows a cell value: numbers by their number format where it is one of the plain forms
 * the add-in and bureau workbooks use ("0", "0.0", "0.00", "#,##0.00", "0.0%", "@"), otherwise like Excel's
 * General (up to 11 significant digits, no trailing zeros). Rounding is half away from zero (`formatFixed`);
 * "-0" is never shown.
 */
import { formatFixed } from "../../core/round";
import type { CellValue } from "../../workbook/types";

const FIXED = /^(#,##)?0(\.(0+))?(%)?$/;

export function displayValue(value: CellValue, numberFormat: string | null = null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const fmt = numberFormat?.trim() ?? "";
  if (fmt === "@") return String(value);
  const m = FIXED.exec(fmt);
  if (m) {
    const digits = m[3]?.length ?? 0;
    const percent = m[4] === "%";
    const text = formatFixed(percent ? value * 100 : value, digits);
    return (m[1] ? groupThousands(text) : text) + (percent ? "%" : "");
  }
  return general(value);
}

/** Excel-like General: 11 significant digits, no exponent for ordinary magnitudes. */
export function general(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const text = value
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .replace("e+", "E+")
      .replace("e-", "E-");
    return text;
  }
  const text = String(Number(value.toPrecision(11)));
  return text === "-0" ? "0" : text;
}

function groupThousands(text: string): string {
  const [int = "", frac] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (frac !== undefined ? "." + frac : "");
}
