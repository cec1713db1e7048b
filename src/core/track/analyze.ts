/**
 * @summary 工作簿跟踪分析 / the whole tracking analysis over the sheets of a workbook
 *
 * Given the sheets as grids (read through the workbook port by the task pane or the command line), pick the
 * indicator table (the named sheet, else the first sheet whose header is recognised), the peer table (the first
 * sheet with regions in rows) and the 年度目标 sheet (targets imported by the Read view); detect or take the
 * column mapping; compute the rows and the peer ranks for the picked period.
 */
import { computeTrack, furthestBehind, statusCounts, type TrackOptions } from "./compute";
import { detectColumns, periodsInMapping } from "./detect";
import type { CellRectLike } from "./grid";
import { readInputs, targetsFromSheet } from "./inputs";
import { detectPeers, rankPeers, type PeerResult, type PeerTable } from "./peers";
import type { GridValue, IndicatorInput, MappingProblem, TrackMapping, TrackRow } from "./types";

export const TARGETS_SHEET = "年度目标";
export const TRACK_SHEET = "指标跟踪";

export interface GridSheet {
  name: string;
  grid: GridValue[][];
  merges?: CellRectLike[];
  /** Zero-based sheet row/column of grid[0][0] (a used range may not start at A1). */
  top?: number;
  left?: number;
}

export interface AnalyzeOptions extends TrackOptions {
  /** The indicator sheet; default: the first sheet with a recognised header. */
  sheet?: string;
  /** A mapping the user corrected (or remembered in the workbook settings). */
  mapping?: TrackMapping;
  /** Sheets to leave out (the add-in's own output sheets). */
  exclude?: readonly string[];
}

export interface TrackAnalysis {
  sheet: GridSheet | null;
  mapping: TrackMapping | null;
  problems: MappingProblem[];
  months: number;
  /** Periods that have data columns in the table. */
  periods: number[];
  inputs: IndicatorInput[];
  rows: TrackRow[];
  counts: Record<string, number>;
  behind: ReturnType<typeof furthestBehind>;
  peerSheet: GridSheet | null;
  peerTable: PeerTable | null;
  peers: PeerResult[];
  /** True when the source sheets say their figures are 示例数据. */
  sample: boolean;
}

function mentionsSample(grid: GridValue[][]): boolean {
  return grid.slice(0, 6).some((row) => row.some((v) => typeof v === "string" && v.includes("示例数据")));
}

export function analyzeWorkbook(sheets: readonly GridSheet[], options: AnalyzeOptions): TrackAnalysis {
  const exclude = new Set([TRACK_SHEET, ...(options.exclude ?? [])]);
  const usable = sheets.filter((s) => !exclude.has(s.name));
  const targetsSheet = usable.find((s) => s.name === TARGETS_SHEET);
  const targets = targetsSheet ? targetsFromSheet(targetsSheet.grid) : new Map<string, string>();
  let sheet: GridSheet | null = null;
  let mapping: TrackMapping | null = null;
  let problems: MappingProblem[] = [];
  const candidates = options.sheet
    ? usable.filter((s) => s.name === options.sheet)
    : usable.filter((s) => s !== targetsSheet);
  for (const s of candidates) {
    if (options.mapping && options.sheet === s.name) {
      sheet = s;
      mapping = options.mapping;
      problems = [];
      break;
    }
    const d = detectColumns(s.grid, s.merges);
    if (d.mapping && d.problems.length === 0) {
      sheet = s;
      mapping = d.mapping;
      problems = [];
      break;
    }
    if (!sheet || options.sheet) {
      sheet = s;
      mapping = d.mapping;
      problems = d.problems;
    }
  }
  if (sheet && problems.length > 0 && !options.sheet) {
    // No sheet had a usable header: report the first candidate's problems.
    mapping = null;
  }
  const usableMapping = mapping && problems.length === 0 ? mapping : null;
  const inputs = sheet && usableMapping ? readInputs(sheet.grid, usableMapping, options.months, targets) : [];
  const rows = computeTrack(inputs, options);
  let peerSheet: GridSheet | null = null;
  let peerTable: PeerTable | null = null;
  for (const s of usable) {
    if (s === sheet || s === targetsSheet) continue;
    const t = detectPeers(s.grid, s.merges);
    if (t) {
      peerSheet = s;
      peerTable = t;
      break;
    }
  }
  const lower = new Set(rows.filter((r) => r.target?.direction === -1).map((r) => r.name));
  const peers = peerSheet && peerTable ? rankPeers(peerSheet.grid, peerTable, options.months, lower) : [];
  return {
    sheet,
    mapping,
    problems,
    months: options.months,
    periods: mapping ? periodsInMapping(mapping.columns) : [],
    inputs,
    rows,
    counts: statusCounts(rows),
    behind: furthestBehind(rows),
    peerSheet,
    peerTable,
    peers,
    sample: [sheet, peerSheet].some((s) => s !== null && mentionsSample(s.grid)),
  };
}
