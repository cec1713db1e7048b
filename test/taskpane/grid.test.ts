import { MAX_COLS, MAX_ROWS, renderGrid, truncationNote } from "../../src/taskpane/preview/grid";
import { MemoryWorkbook } from "../../src/workbook/memory";

function snapshot(
  values: (string | number | null)[][],
  merges = [] as { top: number; left: number; rows: number; cols: number }[],
) {
  const wb = new MemoryWorkbook([{ name: "S", values, merges }]);
  return wb.getSheet("S");
}

test("headers are Excel letters and row numbers; cells carry their address", () => {
  const table = renderGrid(snapshot([["a", 1]]), "zh");
  const heads = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent);
  expect(heads.slice(0, 4)).toEqual(["", "A", "B", "C"]);
  expect(table.querySelector("tbody tr th")!.textContent).toBe("1");
  expect(table.querySelector('td[data-addr="B1"]')!.textContent).toBe("1");
  expect(table.querySelector('td[data-addr="B1"]')!.className).toContain("num");
  expect(table.getAttribute("data-sheet")).toBe("S");
});

test("a merge is one cell with row/col spans and the covered cells are not drawn", () => {
  const table = renderGrid(
    snapshot(
      [
        ["标题", null, null],
        ["x", "y", "z"],
      ],
      [{ top: 0, left: 0, rows: 1, cols: 3 }],
    ),
    "zh",
  );
  const a1 = table.querySelector('td[data-addr="A1"]')!;
  expect(a1.getAttribute("colspan")).toBe("3");
  expect(table.querySelector('td[data-addr="B1"]')).toBeNull();
  expect(table.querySelector('td[data-addr="C1"]')).toBeNull();
  expect(table.querySelector('td[data-addr="B2"]')!.textContent).toBe("y");
});

test("error values are marked; an empty sheet still draws a small grid", () => {
  const table = renderGrid(snapshot([["#N/A", "#DIV/0!", "#NAME?", "ok"]]), "en");
  expect(table.querySelector('td[data-addr="A1"]')!.className).toContain("error");
  expect(table.querySelector('td[data-addr="B1"]')!.className).toContain("error");
  expect(table.querySelector('td[data-addr="C1"]')!.className).toContain("error");
  expect(table.querySelector('td[data-addr="D1"]')!.className).not.toContain("error");
  const empty = renderGrid(new MemoryWorkbook([{ name: "E", values: [] }]).getSheet("E"), "en");
  expect(empty.querySelectorAll("tbody tr").length).toBeGreaterThanOrEqual(20);
});

test("a large sheet is drawn up to MAX_ROWS × MAX_COLS with a note saying so", () => {
  const rows = MAX_ROWS + 5;
  const cols = MAX_COLS + 2;
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
  const snap = snapshot(values);
  const table = renderGrid(snap, "zh");
  expect(table.querySelectorAll("tbody tr")).toHaveLength(MAX_ROWS);
  expect(table.querySelectorAll("thead th")).toHaveLength(MAX_COLS + 1);
  expect(truncationNote(snap, "zh")).toBe(
    `仅显示前 ${MAX_ROWS} 行、${MAX_COLS} 列（共 ${rows} 行、${cols} 列）`,
  );
  expect(truncationNote(snapshot([[1]]), "zh")).toBeNull();
});
