/**
 * The Track flow over the workbook port, shared by the task pane and the command line: read the sheets, analyse
 * them for a period, build the tracking sheet and write it (the port refuses a sheet the add-in does not own
 * unless `replaceForeign`).
 */
import {
  analyzeWorkbook,
  TARGETS_SHEET,
  TRACK_SHEET,
  type AnalyzeOptions,
  type GridSheet,
  type TrackAnalysis,
} from "../../core/track";
import {
  OWNED_SHEETS_KEY,
  type Block,
  type SheetSpec,
  type WorkbookPort,
  type WriteResult,
} from "../../workbook/types";
import { buildSummarySheet, buildTrackSheet, summarySheetName, type SpecOptions } from "./spec";

function specOptions(o: RunOptions): SpecOptions {
  return { tolerance: o.tolerance, levelTolerance: o.levelTolerance };
}

/** A block as a grid sheet: merges moved into grid coordinates. */
export function blockToGrid(name: string, b: Block): GridSheet {
  return {
    name,
    grid: b.values,
    merges: (b.merges ?? []).map((m) => ({
      top: m.top - b.top,
      left: m.left - b.left,
      rows: m.rows,
      cols: m.cols,
    })),
    top: b.top,
    left: b.left,
  };
}

/** Every sheet except the add-in's own (owned sheets, the output sheet, hidden settings). */
export const TEMPLATE_SHEET = "跟踪模板";

export async function loadSheets(port: WorkbookPort, outputSheet = TRACK_SHEET): Promise<GridSheet[]> {
  const owned = new Set((await port.getSetting<string[]>(OWNED_SHEETS_KEY)) ?? []);
  // The template and the 年度目标 sheet (written by the Read view) are the add-in's, but hold the user's data.
  owned.delete(TEMPLATE_SHEET);
  owned.delete(TARGETS_SHEET);
  const names = await port.listSheets();
  const out: GridSheet[] = [];
  for (const name of names) {
    if (
      owned.has(name) ||
      name === outputSheet ||
      name === summarySheetName(outputSheet) ||
      name.startsWith("_ind")
    )
      continue;
    out.push(blockToGrid(name, await port.readSheet(name)));
  }
  return out;
}

export interface RunOptions extends AnalyzeOptions {
  /** The sheet to write (default 指标跟踪). `sheet` is the source indicator sheet. */
  outputSheet?: string;
  replaceForeign?: boolean;
  /** The user confirmed replacing a foreign sheet named like the summary sheet. */
  replaceForeignSummary?: boolean;
  /** Sheets already read (the pane's selection); default: every sheet of the workbook. */
  sheets?: GridSheet[];
}

export interface RunResult {
  analysis: TrackAnalysis;
  spec: SheetSpec | null;
  /** null when nothing was written (no usable indicator table). */
  result: WriteResult | null;
  /** The summary sheet (written after the tracking sheet; null when that was not written). */
  summarySpec: SheetSpec | null;
  summaryResult: WriteResult | null;
}

export async function runTrack(port: WorkbookPort, options: RunOptions): Promise<RunResult> {
  const output = options.outputSheet?.trim() || TRACK_SHEET;
  const sheets = options.sheets ?? (await loadSheets(port, output));
  const analysis = analyzeWorkbook(sheets, options);
  if (!analysis.sheet || analysis.problems.length > 0 || analysis.rows.length === 0) {
    return { analysis, spec: null, result: null, summarySpec: null, summaryResult: null };
  }
  const spec = buildTrackSheet(analysis, { ...specOptions(options), sheet: output });
  if (options.replaceForeign) spec.replaceForeign = true;
  const result = await port.writeSheet(spec);
  if (result.status !== "written") return { analysis, spec, result, summarySpec: null, summaryResult: null };
  const table = result.tables[0]?.name ?? "指标跟踪";
  const summarySpec = buildSummarySheet(analysis, result.sheet, table);
  if (options.replaceForeignSummary) summarySpec.replaceForeign = true;
  const summaryResult = await port.writeSheet(summarySpec);
  return { analysis, spec, result, summarySpec, summaryResult };
}
