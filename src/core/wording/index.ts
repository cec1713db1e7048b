/** Wording primitives: the standard Chinese report phrases (METHODS.md §2), templates as data. */
export { changeWording, type ChangeOptions } from "./change";
export { compareListWording, compareWording, type CompareOptions } from "./compare";
export { difference, displaySign, magnitude, MULTIPLE_DIGITS, RATE_DIGITS } from "./display";
export { defaultLevelDigits, levelText, levelWording, type LevelOptions } from "./level";
export { periodWording, type PeriodOptions, type PeriodStyle } from "./period";
export { isMultiple, rateWording, type RateKind, type RateOptions } from "./rate";
export { rankTextAmong, rankTextAmongAll, type RankAmongOptions } from "./rankAmong";
export { rankChangeWording, rankText, type RankChangeOptions, type RankTextOptions } from "./rankText";
export { completionWording, scheduleWording, type ScheduleOptions } from "./schedule";
export { statusWording } from "./status";
export {
  targetDirection,
  targetGapWording,
  targetStatus,
  targetStatusWording,
  type TargetOptions,
  type TargetStatus,
} from "./target";
export {
  fill,
  templatesFor,
  word,
  type WordingLang,
  type WordingTemplates,
  type WordingToken,
} from "./templates";
