/**
 * The Write view's data: read the workbook through the port, run the Track engine (the same analysis as the
 * 指标跟踪 sheet) for the chosen period and the one before it, and turn the result into phrase rows and a
 * paragraph (src/text/phrase). No DOM here, so it is testable in Node.
 */
import { isIndicatorError, type IndicatorError } from "../../core/errors";
import {
  analyzeWorkbook,
  rankPeers,
  type AnalyzeOptions,
  type GridSheet,
  type TrackAnalysis,
} from "../../core/track";
import {
  paragraph,
  rowsFromPeers,
  rowsFromTrack,
  type ParagraphResult,
  type PhraseRow,
} from "../../text/phrase";
import type { PeriodOptions } from "../../core/wording";
import type { WorkbookPort } from "../../workbook/types";
import { SELECTION, SETTINGS_KEY, type TrackSettings } from "../track/controller";
import { blockToGrid, loadSheets } from "../track/run";

export type WriteSourceKind = "workbook" | "selection";

export interface WriteData {
  sheets: GridSheet[];
  /** Analysis at the latest period, to list periods, regions and indicators. */
  overview: TrackAnalysis;
  periods: number[];
  regions: string[];
  /** The peer table's reference row ("全盟"), or null. */
  referenceName: string | null;
  /** The source sheet and the column mapping the Track view remembered (the 指标跟踪 sheet's own source). */
  source: { sheet?: string; mapping?: AnalyzeOptions["mapping"] };
  /** The period the Track view last used, when it has data here. */
  preferredMonths: number | null;
}

/** Read the sheets (or the selection) and find what can be written about; null when nothing is recognised. */
export async function loadWriteData(
  port: WorkbookPort,
  source: WriteSourceKind,
): Promise<WriteData | "noSelection" | null> {
  let sheets: GridSheet[];
  let remembered: TrackSettings | undefined;
  if (source === "selection") {
    const block = await port.readSelection();
    if (!block) return "noSelection";
    sheets = [blockToGrid(block.sheet, block)];
  } else {
    sheets = await loadSheets(port, WRITE_SHEET);
    // Write from the same table, with the same (possibly user-corrected) columns, as the 指标跟踪 sheet.
    remembered = await port.getSetting<TrackSettings>(SETTINGS_KEY);
  }
  const useRemembered =
    remembered !== undefined &&
    remembered.source !== SELECTION &&
    sheets.some((x) => x.name === remembered?.source);
  const found = useRemembered
    ? describeWorkbook(
        sheets,
        { sheet: remembered?.source, mapping: remembered?.mapping },
        remembered?.months,
      )
    : null;
  return found ?? describeWorkbook(sheets);
}

export const WRITE_SHEET = "分析文字";

export function describeWorkbook(
  sheets: GridSheet[],
  source: WriteData["source"] = {},
  preferred?: number,
): WriteData | null {
  const probe = analyzeWorkbook(sheets, { ...source, months: 12 });
  const periods = new Set<number>(probe.periods);
  for (const ind of probe.peerTable?.indicators ?? [])
    for (const c of ind.columns) if (c.months) periods.add(c.months);
  const sorted = [...periods].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  if (sorted.length === 0 && !probe.peerTable) return null;
  const latest = sorted[sorted.length - 1] ?? 12;
  const overview = analyzeWorkbook(sheets, { ...source, months: latest });
  if (overview.rows.length === 0 && overview.peers.length === 0) return null;
  return {
    sheets,
    overview,
    periods: sorted,
    regions: overview.peerTable?.regions.map((r) => r.name) ?? [],
    referenceName: overview.peerTable?.reference?.name ?? null,
    source,
    preferredMonths: preferred !== undefined && sorted.includes(preferred) ? preferred : null,
  };
}

export interface WriteChoice {
  months: number;
  /** null: the bureau's own indicators; else a region of the peer table. */
  region: string | null;
  /** Subject written before own indicators ("全盟"); ignored for a peer region (its name is the subject). */
  regionLabel: string;
  /** Peer group name for ranks and the reference ("全盟"). */
  scope: string;
  /** Indicators to include; undefined = all. */
  indicators?: string[];
  /** How periods are written ("1-10月", "1—10月份", quarter names). */
  period?: PeriodOptions;
}

export interface Draft {
  analysis: TrackAnalysis;
  rows: PhraseRow[];
  /** Indicator names available for this choice (for the checklist). */
  available: string[];
  result: ParagraphResult | IndicatorError;
}

export function draft(data: WriteData, choice: WriteChoice): Draft {
  const analysis = analyzeWorkbook(data.sheets, { ...data.source, months: choice.months });
  let rows: PhraseRow[];
  let available: string[];
  if (choice.region === null) {
    const earlier = data.periods.filter((m) => m < choice.months);
    const prevMonths = earlier[earlier.length - 1] ?? null;
    const previous =
      prevMonths === null ? [] : analyzeWorkbook(data.sheets, { ...data.source, months: prevMonths }).rows;
    available = analysis.rows.map((r) => r.name);
    rows = rowsFromTrack(analysis.rows, {
      region: choice.regionLabel.trim(),
      previous,
      indicators: choice.indicators,
      period: choice.period,
    });
  } else {
    const peerSheet = analysis.peerSheet;
    const table = analysis.peerTable;
    const prevMonths = analysis.peers.map((p) => p.previousMonths).find((m) => m !== null) ?? null;
    const previous =
      peerSheet && table && prevMonths !== null ? rankPeers(peerSheet.grid, table, prevMonths) : [];
    available = analysis.peers.map((p) => p.indicator);
    rows = rowsFromPeers(analysis.peers, choice.region, {
      previous,
      indicators: choice.indicators,
      period: choice.period,
      scope: choice.scope.trim() || undefined,
    });
  }
  const result = paragraph(rows);
  return { analysis, rows, available, result };
}

export function isDraftError(r: Draft["result"]): r is IndicatorError {
  return isIndicatorError(r);
}
