/**
 * @summary 增速与上期比较 / change of a growth rate against an earlier period
 *
 * METHODS.md §2 "Comparing rates between periods", decided on the rates as displayed (`digits`, 1 by default):
 *
 * | earlier | now | wording |
 * |---|---|---|
 * | 增长 | 增长 | "增速比{label}加快X个百分点" / "回落X个百分点" / "增速与{label}持平" |
 * | 下降 | 下降 | "降幅比{label}收窄X个百分点" / "扩大X个百分点" / "降幅与{label}持平" |
 * | 下降 | 增长 | "{label}为下降X%" (the earlier figure is stated), or with `signChange: "turn"` "增速由负转正" |
 * | 增长 | 下降 | "{label}为增长X%", or "增速由正转负" |
 * | 持平 | 增长/下降 | "由{label}同比持平转为增长/下降" |
 * | 增长/下降 | 持平 | "{label}为增长/下降X%" |
 * | 持平 | 持平 | "与{label}均为持平" |
 *
 * X = |now − earlier| in percentage points from the unrounded rates, rounded once.
 *
 * Edge cases: non-finite → #NUM!; an empty label uses "上期".
 *
 * @example changeWording(3.4, 4.6, { label: "1—9月份" }) // => "增速比1—9月份回落1.2个百分点"
 * @example changeWording(-0.3, -1.6, { label: "1—7月份" }) // => "降幅比1—7月份收窄1.3个百分点"
 * @example changeWording(0.1, -0.3, { label: "1—6月份" }) // => "1—6月份为下降0.3%"
 */
import type { IndicatorError } from "../errors";
import { formatFixed } from "../round";
import {
  checkDigits,
  checkFinite,
  difference,
  displaySign,
  magnitude,
  MULTIPLE_DIGITS,
  RATE_DIGITS,
} from "./display";
import { isMultiple } from "./rate";
import { fill, templatesFor, type WordingLang } from "./templates";

export interface ChangeOptions {
  /** The earlier period as it reads in the sentence ("1—9月份", "上年同期"). */
  label?: string;
  digits?: number;
  /** On a sign change: "figure" (default) states the earlier rate; "turn" says 由负转正 / 由正转负. */
  signChange?: "figure" | "turn";
  lang?: WordingLang;
}

export function changeWording(
  current: number,
  previous: number,
  options: ChangeOptions = {},
): string | IndicatorError {
  const digits = options.digits ?? RATE_DIGITS;
  const bad = checkFinite(current, previous) ?? checkDigits(digits);
  if (bad) return bad;
  const t = templatesFor(options.lang);
  const label = options.label?.trim() || t.defaultPreviousLabel;
  const now = displaySign(current, digits);
  const before = displaySign(previous, digits);
  const gap = difference(current, previous);
  const gapSign = displaySign(gap, digits);
  const x = magnitude(gap, digits);
  const turn = options.signChange === "turn";
  const earlier = (): string => {
    if (before === 0) return fill(t.wasFlat, { label });
    if (before < 0) return fill(t.wasDown, { label, x: magnitude(previous, digits) });
    if (isMultiple(previous, digits)) {
      return fill(t.wasUpMultiple, {
        label,
        x: formatFixed(previous / 100, MULTIPLE_DIGITS),
        pct: formatFixed(previous, digits),
      });
    }
    return fill(t.wasUp, { label, x: magnitude(previous, digits) });
  };

  if (now > 0 && before > 0) {
    if (gapSign === 0) return fill(t.changeSame, { label });
    return fill(gapSign > 0 ? t.changeFaster : t.changeSlower, { label, x });
  }
  if (now < 0 && before < 0) {
    if (gapSign === 0) return fill(t.declineSame, { label });
    // now − earlier > 0 means a smaller decline
    return fill(gapSign > 0 ? t.declineNarrower : t.declineWider, { label, x });
  }
  if (now > 0 && before < 0) return turn ? t.turnedPositive : earlier();
  if (now < 0 && before > 0) return turn ? t.turnedNegative : earlier();
  if (before === 0 && now !== 0) return fill(now > 0 ? t.flatToUp : t.flatToDown, { label });
  if (now === 0 && before !== 0) return earlier();
  return fill(t.stillFlat, { label });
}
