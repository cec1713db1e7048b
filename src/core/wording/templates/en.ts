/**
 * English wording — the same tokens as `zh-CN.ts`, for users who draft in English. Chinese report text is the
 * product's default; this file exists so a reviewer can read what the Chinese says and so the English UI can
 * show a gloss. Multiples are written as percentages ("up 179.0%"): "1.79 times" is ambiguous in English.
 */
import type { WordingTemplates } from "./types";

export const en: WordingTemplates = {
  rateUp: "up {x}%",
  rateDown: "down {x}%",
  rateFlat: "unchanged",
  rateMultiple: "up {pct}%",
  priceUp: "up {x}%",
  priceDown: "down {x}%",
  priceFlat: "unchanged",
  priceMultiple: "up {pct}%",
  statusTurnaround: "turned from loss to profit",
  statusLossNarrowed: "with a narrower loss",
  statusLossWidened: "with a wider loss",
  statusProfitToLoss: "turned from profit to loss",
  statusNotComputed: "no growth rate (zero base)",

  compareAbove: "{x} percentage points above {name}",
  compareBelow: "{x} percentage points below {name}",
  compareSame: "level with {name}",
  defaultReference: "the average",
  referenceOfScope: "the {scope} average",

  changeFaster: "growth {x} percentage points faster than in {label}",
  changeSlower: "growth {x} percentage points slower than in {label}",
  changeSame: "growth the same as in {label}",
  declineNarrower: "the decline {x} percentage points narrower than in {label}",
  declineWider: "the decline {x} percentage points wider than in {label}",
  declineSame: "the decline the same as in {label}",
  wasDown: "down {x}% in {label}",
  wasUp: "up {x}% in {label}",
  wasUpMultiple: "up {pct}% in {label}",
  wasFlat: "unchanged in {label}",
  turnedPositive: "growth turned positive",
  turnedNegative: "growth turned negative",
  flatToUp: "from unchanged in {label} to growth",
  flatToDown: "from unchanged in {label} to a decline",
  stillFlat: "unchanged, as in {label}",
  defaultPreviousLabel: "the previous period",

  rankNth: "ranking {n} in {scope}",
  rankFirst: "ranking first in {scope}",
  rankTieNth: "tied at {n} in {scope}",
  rankTieFirst: "tied first in {scope}",
  rankForward: "up {n} places",
  rankBackward: "down {n} places",
  rankRise: "up {n} places",
  rankFall: "down {n} places",
  rankSame: "rank unchanged",
  rankChangeVs: "{change} from {label}",
  rankSameVs: "rank unchanged from {label}",

  targetAbove: "{x} percentage points above the {target}target",
  targetBelow: "{x} percentage points below the {target}target",
  targetSame: "on the {target}target",
  targetOf: "{target} ",
  targetMet: "target met",
  targetNearlyMet: "target broadly met",
  targetMissed: "target missed",

  completionOf: "{x}% of the annual target done",
  scheduleAhead: "{x} percentage points ahead of schedule",
  scheduleBehind: "{x} percentage points behind schedule",
  scheduleSame: "on schedule",

  levelDone: "{x} {unit}",
  basisYoY: "year on year ",
  sentence: "{period}, {subject}{body}",
  sentenceNoPeriod: "{subject}{body}",
  clauseSeparator: ", ",
  sentenceEnd: ".",
  levelThenGrowth: "{level}, {growth}",
};
