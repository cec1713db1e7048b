/**
 * IND custom functions: thin wrappers over src/core. The JSDoc here becomes functions.json (the English
 * help); `i18n/zh-CN.json` holds the Chinese help for the same ids. Every numeric argument accepts a cell or
 * a range; results spill with the shape of the inputs.
 */
import { growth } from "../core/growth";
import { BLANK, broadcast, cell, guard, toGrid, toNumber, type OutGrid } from "./runtime";
import { isIndicatorError } from "../core/errors";

/**
 * Growth rate in percent: (current / base − 1) × 100. When the base is zero or negative, returns the word the bureaus print instead of a rate: 扭亏, 减亏, 增亏, 由盈转亏, or — for a zero base.
 * @customfunction GROWTH
 * @param current Current-period value (a cell or a range).
 * @param base Base-period value, e.g. the same period last year (a cell or a range of the same size).
 * @returns Growth in % (6.1 means 6.1%), or a status word; spills with the shape of the inputs.
 */
export function growthRate(current: any[][], base: any[][]): any[][] {
  return guard<OutGrid | ReturnType<typeof broadcast>>(() =>
    broadcast([toGrid(current), toGrid(base)], (c, b) => {
      const cur = toNumber(c);
      const bas = toNumber(b);
      if (isIndicatorError(cur)) return cell(cur);
      if (isIndicatorError(bas)) return cell(bas);
      if (cur === BLANK || bas === BLANK) return "";
      return cell(growth(cur, bas));
    }),
  ) as any[][];
}
