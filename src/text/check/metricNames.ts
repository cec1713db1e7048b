/** Metric names in both languages, for the "not found" message of checks and template slots. */
const ZH: Record<string, string> = {
  level: "总量",
  growth: "增速",
  cagr: "年均增速",
  share: "比重/比率",
  rank: "位次",
  completion: "完成率",
  abs_change: "增量",
  pp_change: "百分点变动",
  structure: "结构",
};
const EN: Record<string, string> = {
  level: "level",
  growth: "growth rate",
  cagr: "average annual growth",
  share: "share or rate",
  rank: "rank",
  completion: "completion rate",
  abs_change: "increase",
  pp_change: "change in points",
  structure: "structure",
};

/** Parameters of the chkNotFound message. */
export function metricParams(
  indicator: string,
  metric: string,
  scope: string | null,
  period: string | null,
): Record<string, string> {
  return {
    indicator,
    metric: ZH[metric] ?? metric,
    metricEn: EN[metric] ?? metric,
    scope: scope ? `（${scope}）` : "",
    period: period ? `（${period}）` : "",
  };
}
