/**
 * 中文措辞模板 — the Chinese report wording as data (METHODS.md §2). Each token maps to one phrase with
 * `{placeholders}`; the primitives in `../` choose the token and fill the numbers, already rounded.
 *
 * Placeholders: `{x}` a rounded magnitude (never signed), `{pct}` the same growth in percent (for templates that
 * prefer it over 倍), `{name}` a reference ("全盟平均"), `{label}` a period label ("1—9月份"), `{scope}` a peer
 * scope ("全盟"), `{n}` a whole number of places, `{target}` a target as written ("6%左右").
 */
import type { WordingTemplates } from "./types";

export const zhCN: WordingTemplates = {
  // 增速 (§2: 1 decimal; 下降 with the magnitude; 持平 when it rounds to zero; 倍 at ≥ 100%, never for decreases)
  rateUp: "增长{x}%",
  rateDown: "下降{x}%",
  rateFlat: "持平",
  rateMultiple: "增长{x}倍",
  priceUp: "上涨{x}%",
  priceDown: "下降{x}%",
  priceFlat: "持平",
  priceMultiple: "上涨{x}倍",
  // growth that has no rate (base not positive, §1.15)
  statusTurnaround: "扭亏为盈",
  statusLossNarrowed: "减亏",
  statusLossWidened: "增亏",
  statusProfitToLoss: "由盈转亏",
  statusNotComputed: "不计算增速",

  // 与参照比 (百分点)
  compareAbove: "高于{name}{x}个百分点",
  compareBelow: "低于{name}{x}个百分点",
  compareSame: "与{name}持平",
  compareAllAbove: "分别高于{names}{list}",
  compareAllBelow: "分别低于{names}{list}",
  listJoin: "、",
  listLastJoin: "和",
  namesLastJoin: "、",
  ppItem: "{x}个",
  ppUnit: "百分点",
  defaultReference: "平均水平",
  referenceOfScope: "{scope}平均",

  // 与上期比 (§2 "Comparing rates between periods")
  changeFaster: "增速比{label}加快{x}个百分点",
  changeSlower: "增速比{label}回落{x}个百分点",
  changeSame: "增速与{label}持平",
  declineNarrower: "降幅比{label}收窄{x}个百分点",
  declineWider: "降幅比{label}扩大{x}个百分点",
  declineSame: "降幅与{label}持平",
  wasDown: "{label}为下降{x}%",
  wasUp: "{label}为增长{x}%",
  wasUpMultiple: "{label}为增长{x}倍",
  wasFlat: "{label}为持平",
  turnedPositive: "增速由负转正",
  turnedNegative: "增速由正转负",
  flatToUp: "由{label}同比持平转为增长",
  flatToDown: "由{label}同比持平转为下降",
  stillFlat: "与{label}均为持平",
  defaultPreviousLabel: "上期",

  // 位次
  rankNth: "居{scope}第{n}位",
  rankFirst: "居{scope}首位",
  rankTieNth: "并列{scope}第{n}位",
  rankTieFirst: "并列{scope}首位",
  rankForward: "前移{n}位",
  rankBackward: "后退{n}位",
  rankRise: "提升{n}位",
  rankFall: "下降{n}位",
  rankSame: "位次不变",
  rankChangeVs: "较{label}{change}",
  rankSameVs: "位次与{label}持平",

  // 预期目标
  targetAbove: "高于{target}预期目标{x}个百分点",
  targetBelow: "低于{target}预期目标{x}个百分点",
  targetSame: "与{target}预期目标持平",
  targetOf: "{target}的",
  targetMet: "完成预期目标",
  targetNearlyMet: "基本完成预期目标",
  targetMissed: "未完成预期目标",

  // 进度
  completionOf: "完成年度目标的{x}%",
  scheduleAhead: "快于序时进度{x}个百分点",
  scheduleBehind: "慢于序时进度{x}个百分点",
  scheduleSame: "与序时进度持平",

  // 句子
  levelDone: "完成{x}{unit}",
  levelIs: "为{x}{unit}",
  basisYoY: "同比",
  nominalReal: "名义{rate}，扣除价格因素实际{real}",
  note: "（{note}）",
  growthClause: "{basis}{rate}",
  subject: "{scope}{indicator}",
  sentence: "{period}，{subject}{body}",
  sentenceNoPeriod: "{subject}{body}",
  clauseSeparator: "，",
  sentenceEnd: "。",
  levelThenGrowth: "{level}，{growth}",
};
