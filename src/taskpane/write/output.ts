/**
 * Writing the paragraph into the workbook, never over the user's content without asking:
 * - into the selected cell: `writeCells` refuses a non-empty cell; then we ask (`ctx.confirm`) and only write
 *   with `confirmed` after a yes;
 * - into a new sheet the add-in owns (`writeSheet`): a foreign sheet of that name is a conflict; we ask before
 *   `replaceForeign`.
 */
import { cellAddress } from "../../workbook/address";
import type { AppContext } from "../context";
import type { ParagraphResult } from "../../text/phrase";
import { fmt, writeStrings } from "./strings";
import { WRITE_SHEET } from "./model";

export type OutputOutcome = { ok: true; message: string } | { ok: false; message: string };

export async function insertIntoSelectedCell(ctx: AppContext, text: string): Promise<OutputOutcome> {
  const s = writeStrings[ctx.lang];
  const sel = await ctx.workbook.readSelection();
  if (!sel) return { ok: false, message: s.insertNoSelection };
  const addr = cellAddress(sel.top, sel.left);
  const params = { sheet: sel.sheet, addr };
  let written = await ctx.workbook.writeCells(sel.sheet, sel.top, sel.left, [[text]]);
  if (!written) {
    if (!(await ctx.confirm(fmt(s.insertNotEmpty, params)))) return { ok: false, message: s.insertCancelled };
    written = await ctx.workbook.writeCells(sel.sheet, sel.top, sel.left, [[text]], true);
    if (!written) return { ok: false, message: s.insertCancelled };
  }
  ctx.workbookChanged();
  return { ok: true, message: fmt(s.inserted, params) };
}

export async function writeToNewSheet(
  ctx: AppContext,
  result: ParagraphResult,
  periodText: string,
): Promise<OutputOutcome> {
  const s = writeStrings[ctx.lang];
  const sheet = WRITE_SHEET;
  const spec = {
    sheet,
    title: [fmt(s.sheetTitle, { period: periodText }), result.text],
    tables: [
      {
        name: "IndWriteSentences",
        header: [...s.sheetHeader],
        rows: result.sentences.map((x, i) => [i + 1, `${x.text}。`]),
        numberFormats: ["0", "@"],
      },
    ],
    activate: true,
  };
  let r = await ctx.workbook.writeSheet(spec);
  if (r.status === "conflict") {
    if (!(await ctx.confirm(fmt(s.sheetConflict, { sheet }))))
      return { ok: false, message: fmt(s.sheetCancelled, { sheet }) };
    r = await ctx.workbook.writeSheet({ ...spec, replaceForeign: true });
    if (r.status === "conflict") return { ok: false, message: fmt(s.sheetCancelled, { sheet }) };
  }
  ctx.workbookChanged();
  return { ok: true, message: fmt(s.sheetWritten, { sheet }) };
}
