/**
 * The IND functions inside a real formula engine (HyperFormula, GPL, dev dependency only; OFFICE.md §5.1):
 * they compose with built-ins, take ranges, spill, and give Excel errors. Each IND function is registered
 * through one adapter that hands our wrapper the same values Excel would (ranges as 2-D arrays, blanks as
 * null, error cells as error values) and turns our result grid back into engine values.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { setLanguage } from "../../src/functions/runtime";
import { registry } from "./registry";

const ERROR_TO_HF: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
};
const HF_TO_EXCEL: Record<string, string> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  DIV_BY_ZERO: "#DIV/0!",
  NUM: "#NUM!",
  REF: "#REF!",
  NAME: "#NAME?",
};

/** Engine value → what Excel hands a custom function. */
function toExcel(v: unknown): unknown {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) return { code: HF_TO_EXCEL[v.type] ?? "#VALUE!", type: "Error" };
  if (v !== null && typeof v === "object" && "val" in (v as object)) return (v as { val: unknown }).val;
  return v;
}

function argToExcel(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toExcel));
  return toExcel(v);
}

/** Our result cell → engine value. */
function fromExcel(v: unknown): unknown {
  if (v instanceof Error) {
    const code = (v as { code?: string }).code ?? "#VALUE!";
    return new CellError(ERROR_TO_HF[code] ?? ErrorType.VALUE, v.message);
  }
  return v;
}

/** Result size rules: how each IND function's output shape follows from its arguments. */
function resultSize(id: string, sizes: ArraySize[]): ArraySize {
  const first = sizes[0] ?? ArraySize.scalar();
  const cells = (s: ArraySize) => s.width * s.height;
  switch (id) {
    case "TARGET":
      return new ArraySize(3, cells(first));
    case "RANK":
      return new ArraySize(first.width, first.height);
    case "PERIOD_VALUES":
      return new ArraySize(first.width, first.height);
    case "AVG_GROWTH":
    case "CHAIN":
      return first.width > 1 && first.height > 1 ? new ArraySize(1, first.height) : ArraySize.scalar();
    case "CAGR_CUM": {
      const v = sizes[1] ?? ArraySize.scalar();
      if (first.height > 1) return new ArraySize(1, first.height);
      if (first.width > 1) return new ArraySize(first.width, 1);
      return v.width > 1 && v.height > 1 ? new ArraySize(1, v.height) : ArraySize.scalar();
    }
    default: {
      const w = Math.max(...sizes.map((s) => s.width));
      const h = Math.max(...sizes.map((s) => s.height));
      return new ArraySize(w, h);
    }
  }
}

class IndPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}
const proto = IndPlugin.prototype as unknown as Record<string, unknown>;
const translations: Record<string, string> = {};
for (const f of registry) {
  const method = `ind_${f.id}`;
  const sizeMethod = `${method}_size`;
  IndPlugin.implementedFunctions[`IND.${f.id}`] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    vectorizationForbidden: true,
    parameters: f.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional })),
  };
  translations[`IND.${f.id}`] = `IND.${f.id}`;
  proto[method] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
    const self = this as unknown as {
      runFunction: (a: unknown, s: unknown, m: unknown, impl: (...x: unknown[]) => unknown) => unknown;
      metadata: (n: string) => unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(`IND.${f.id}`), (...args: unknown[]) => {
      const out = f.fn(...args.map(argToExcel));
      if (out.length === 1 && out[0]?.length === 1) return fromExcel(out[0][0]);
      return SimpleRangeValue.onlyValues(out.map((row) => row.map(fromExcel)) as never);
    });
  };
  proto[sizeMethod] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
    const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
    return resultSize(
      f.id,
      ast.args.map((a) => self.arraySizeForAst(a, state)),
    );
  };
}
HyperFormula.registerFunctionPlugin(IndPlugin, { enGB: translations });

function sheet(data: unknown[][]) {
  const hf = HyperFormula.buildFromArray(data as never, { licenseKey: "gpl-v3" });
  return { hf, at: (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col }) };
}

beforeAll(() => setLanguage("zh"));
afterAll(() => setLanguage(null));

describe("IND functions in a spreadsheet formula engine", () => {
  it("registers every IND function", () => {
    expect(registry.length).toBeGreaterThanOrEqual(25);
    for (const f of registry)
      expect(HyperFormula.getRegisteredFunctionNames("enGB")).toContain(`IND.${f.id}`);
  });

  it("composes with built-ins: =IND.GROWTH(SUM(B1:B3),C1) (T01)", () => {
    const { at } = sheet([
      [null, 40, 100, "=IND.GROWTH(SUM(B1:B3),C1)"],
      [null, 50],
      [null, 30],
    ]);
    expect(at(0, 3)).toBeCloseTo(20, 10);
  });

  it("feeds its result into built-ins: =ROUND(IND.CAGR(100,169.7,9),1) (T03)", () => {
    const { at } = sheet([["=ROUND(IND.CAGR(100,169.7,9),1)"]]);
    expect(at(0, 0)).toBe(6.1);
  });

  it("spills over a range: =IND.GROWTH(A1:A3,B1:B3)", () => {
    const { at } = sheet([
      [120, 100, "=IND.GROWTH(A1:A3,B1:B3)"],
      [148, -46],
      [5, 0],
    ]);
    expect(at(0, 2)).toBeCloseTo(20, 10);
    expect(at(1, 2)).toBe("扭亏");
    expect(at(2, 2)).toBe("—");
  });

  it("broadcasts a single cell against a range: =IND.SHARE(A1:A3,B1)", () => {
    const { at } = sheet([[25257, 108659, "=IND.SHARE(A1:A3,B1)"], [54329.5], [0]]);
    expect(at(0, 2)).toBeCloseTo(23.244, 3);
    expect(at(1, 2)).toBeCloseTo(50, 10);
    expect(at(2, 2)).toBe(0);
  });

  it("ranks a range against itself with ties (T32) and sums the ranks with SUM", () => {
    const { at } = sheet([
      [15.8, "=IND.RANK(A1:A8,A1:A8)", "=SUM(IND.RANK(A1:A8,A1:A8))"],
      [10.7],
      [8.0],
      [7.4],
      [7.4],
      [7.4],
      [7.4],
      [7.2],
    ]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((r) => at(r, 1))).toEqual([1, 2, 3, 4, 4, 4, 4, 8]);
    expect(at(0, 2)).toBe(1 + 2 + 3 + 16 + 8);
  });

  it("CAGR_CUM takes a row of levels (T04) and TARGET spills 1×3", () => {
    const { at } = sheet([
      [100, 110, 120, 135, 150, 160, "=IND.CAGR_CUM(A1,B1:F1)"],
      ["增长6%左右", "=IND.TARGET(A2)"],
    ]);
    expect(Math.abs((at(0, 6) as number) - 10.18)).toBeLessThanOrEqual(0.01);
    expect([at(1, 1), at(1, 2), at(1, 3)]).toEqual([6, "左右", 1]);
  });

  it("gives Excel errors: mismatched sizes are #VALUE! naming both sizes", () => {
    const { at } = sheet([[1, 2, 3, "=IND.GROWTH(A1:B1,A1:C1)"]]);
    const e = at(0, 3) as DetailedCellError;
    expect(e).toBeInstanceOf(DetailedCellError);
    expect(e.value).toBe("#VALUE!");
    expect(e.message).toContain("1×2");
    expect(e.message).toContain("1×3");
  });

  it("passes an error cell through as the same error", () => {
    const { at } = sheet([["=1/0", 100, "=IND.GROWTH(A1,B1)"]]);
    expect((at(0, 2) as DetailedCellError).value).toBe("#DIV/0!");
  });

  it("text where a number is needed is #VALUE! with a Chinese message", () => {
    const { at } = sheet([["abc", 100, "=IND.SHARE(A1,B1)"]]);
    const e = at(0, 2) as DetailedCellError;
    expect(e.value).toBe("#VALUE!");
    expect(e.message).toContain("需要数值");
  });

  it("a zero total is #DIV/0! and incompatible units #VALUE!", () => {
    const { at } = sheet([[1, 0, "=IND.SHARE(A1,B1)", '=IND.CONVERT(1,"亿元","万千瓦")']]);
    expect((at(0, 2) as DetailedCellError).value).toBe("#DIV/0!");
    expect((at(0, 3) as DetailedCellError).value).toBe("#VALUE!");
  });

  it("NUM and CONVERT work inside arithmetic", () => {
    const { at } = sheet([['=IND.NUM("35.6亿元","万元")+IND.CONVERT(1,"亿元","万元")']]);
    expect(at(0, 0)).toBe(366000);
  });

  it("PROGRESS and ON_TRACK together: completion 60% by 1-6月 is ahead", () => {
    const { at } = sheet([['=IND.ON_TRACK(IND.COMPLETION(660,1100),"",IND.PROGRESS("1-6月"))']]);
    expect(at(0, 0)).toBe("快于序时进度");
  });

  it("series functions spill one result per row: CAGR_CUM with a base column (T04, T05)", () => {
    const { at } = sheet([
      [100, 110, 120, 135, 150, 160, "=IND.CAGR_CUM(A1:A2,B1:F2)"],
      [100, 110, 121, 133.1],
    ]);
    expect(Math.abs((at(0, 6) as number) - 10.18)).toBeLessThanOrEqual(0.01);
    expect(at(1, 6) as number).toBeCloseTo(10, 9);
  });

  it("PERIOD_VALUES spills a column of single-period values (T20 levels)", () => {
    const { at } = sheet([[81307, "=IND.PERIOD_VALUES(A1:A2)"], [120327]]);
    expect([at(0, 1), at(1, 1)]).toEqual([81307, 39020]);
  });

  it("a spilled result feeds another IND function: RANK over GROWTH of a range", () => {
    const { at } = sheet([
      [110, 100, "=IND.RANK(IND.GROWTH(A1:A3,B1:B3),IND.GROWTH(A1:A3,B1:B3))"],
      [130, 100],
      [120, 100],
    ]);
    expect([at(0, 2), at(1, 2), at(2, 2)]).toEqual([3, 1, 2]);
  });

  it("blank inputs give blank cells, not 0", () => {
    const { at } = sheet([[null, 100, "=IND.GROWTH(A1,B1)"]]);
    expect(at(0, 2)).toBe("");
  });
});
