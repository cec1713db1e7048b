/**
 * `npx tsx scripts/make-sample.ts` → assets/sample.xlsx, the bundled sample bureau workbook.
 *
 * Built from the figures of the sample reports in ../shared/reports/ (001: a league's 2023 results and its 2024
 * "主要预期目标"; 000: a banner's figures). Every figure that is not in a report is invented for the demo and is
 * marked 示例数据 (a 数据来源 column per row, a note on each sheet, and the 说明 sheet). Layout: docs/sample-workbook.md.
 *
 * Deterministic: fixed document dates, and the zip is rewritten with a fixed entry date, so running the script
 * twice gives the same bytes.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** Cumulative periods in the main sheet (1–2月 combined, as the bureaus publish them). */
export const PERIODS = ["1-2月", "1-3月", "1-4月", "1-5月", "1-6月", "1-7月", "1-8月", "1-9月", "1-10月"];
const QUARTER_ENDS = new Set(["1-3月", "1-6月", "1-9月"]);

type Series = (number | null)[];

interface MainRow {
  name: string;
  unit: string;
  /** 2023年实绩 (level) and 2023年增速(%) as reported. */
  level2023: number | null;
  growth2023: number | null;
  /** 2024年目标 as the report words it ("" when the report gives none). */
  target: string;
  current: Series;
  prior: Series;
  /** Published cumulative growth (可比价), only where levels cannot give it. */
  published: Series;
  source: string;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Levels this year from last year's levels and the cumulative growth (%), rounded as a bureau table would. */
function grow(prior: Series, rates: number[], round: (x: number) => number): Series {
  return prior.map((p, i) => (p === null ? null : round(p * (1 + (rates[i] as number) / 100))));
}

/** Only the quarter-end periods keep a value (GDP, income: quarterly statistics). */
function quarterly(values: number[]): Series {
  let q = 0;
  return PERIODS.map((p) => (QUARTER_ENDS.has(p) ? (values[q++] as number) : null));
}

const none: Series = PERIODS.map(() => null);

const investPrior: Series = [18.2, 45.6, 80.3, 128.7, 186.4, 240.2, 290.5, 338.1, 376.9];
const revenuePrior: Series = [17.8, 26.4, 34.9, 43.1, 51.6, 60.2, 67.5, 75.8, 84.2];
const retailPrior: Series = [30.1, 44.6, 58.8, 73.9, 89.2, 104.1, 119.5, 135.3, 150.6];
const projectPrior: Series = [10.5, 38.2, 78.4, 121.6, 176.3, 221.8, 262.7, 300.4, 334.1];
const coalPrior: Series = [0.21, 0.32, 0.43, 0.54, 0.66, 0.77, 0.89, 1.0, 1.12];
const jobsPrior: Series = [0.12, 0.21, 0.31, 0.42, 0.55, 0.64, 0.72, 0.85, 0.95];

export const MAIN_ROWS: MainRow[] = [
  {
    name: "地区生产总值",
    unit: "亿元",
    level2023: 1205.3,
    growth2023: 6,
    target: "增长6%左右",
    current: quarterly([262.4, 560.8, 889.6]),
    prior: quarterly([246.1, 526.3, 834.0]),
    published: quarterly([5.4, 5.7, 5.8]),
    source: "2023年增速、目标：报告001；其余为示例数据（增速按可比价，为公布数）",
  },
  {
    name: "规上工业增加值",
    unit: "亿元",
    level2023: null,
    growth2023: 4.5,
    target: "增长6.5%左右",
    current: none,
    prior: none,
    published: [4.1, 4.8, 5.2, 5.6, 5.9, 6.3, 6.6, 6.9, 7.2],
    source: "目标：报告001；其余为示例数据（增速按可比价，为公布数，总量不公布）",
  },
  {
    name: "固定资产投资",
    unit: "亿元",
    level2023: 412.6,
    growth2023: 15.2,
    target: "增长15%以上",
    current: grow(investPrior, [9.5, 10.8, 11.6, 12.4, 13.2, 13.6, 13.9, 13.8, 13.1], r1),
    prior: investPrior,
    published: none,
    source: "2023年增速、目标：报告001；其余为示例数据",
  },
  {
    name: "一般公共预算收入",
    unit: "亿元",
    level2023: 98.7,
    growth2023: 18,
    target: "同口径增长6%左右",
    current: grow(revenuePrior, [3.1, 3.8, 4.2, 4.9, 5.3, 5.6, 5.8, 5.9, 6.2], r1),
    prior: revenuePrior,
    published: none,
    source: "2023年增速、目标：报告001；其余为示例数据",
  },
  {
    name: "社会消费品零售总额",
    unit: "亿元",
    level2023: 186.5,
    growth2023: 4.7,
    target: "",
    current: grow(retailPrior, [3.2, 3.6, 4.0, 4.3, 4.5, 4.6, 4.8, 4.9, 5.1], r1),
    prior: retailPrior,
    published: none,
    source: "2023年增速：报告001（报告未定2024年目标）；其余为示例数据",
  },
  {
    name: "城镇常住居民人均可支配收入",
    unit: "元",
    level2023: 46850,
    growth2023: 5.1,
    target: "与经济增长基本同步",
    current: quarterly([13240, 24980, 36120]),
    prior: quarterly([12630, 23760, 34310]),
    published: none,
    source: "2023年增速、目标：报告001；其余为示例数据",
  },
  {
    name: "农村常住居民人均可支配收入",
    unit: "元",
    level2023: 23160,
    growth2023: 6.9,
    target: "与经济增长基本同步",
    current: quarterly([4210, 9860, 16930]),
    prior: quarterly([3950, 9240, 15860]),
    published: none,
    source: "2023年增速、目标：报告001；其余为示例数据",
  },
  {
    name: "盟级重点项目完成投资",
    unit: "亿元",
    level2023: 390,
    growth2023: 14.7,
    target: "450亿元以上",
    current: grow(projectPrior, [8.1, 9.7, 10.6, 11.2, 12.4, 13.5, 14.6, 15.8, 17.5], r1),
    prior: projectPrior,
    published: none,
    source: "2023年实绩、增速、目标：报告001；其余为示例数据",
  },
  {
    name: "原煤产量",
    unit: "亿吨",
    level2023: 1.37,
    growth2023: 0.9,
    target: "1.4亿吨左右",
    current: grow(coalPrior, [0, 0.3, 0.7, 0.9, 1.2, 1.5, 1.3, 2.0, 3.6], r2),
    prior: coalPrior,
    published: none,
    source: "2023年实绩、增速、目标：报告001；其余为示例数据",
  },
  {
    name: "城镇新增就业",
    unit: "万人",
    level2023: 1.1,
    growth2023: null,
    target: "1万人以上",
    current: [0.11, 0.2, 0.3, 0.42, 0.56, 0.66, 0.75, 0.86, 0.93],
    prior: jobsPrior,
    published: none,
    source: "2023年实绩、目标：报告001；其余为示例数据",
  },
  {
    name: "城镇登记失业率",
    unit: "%",
    level2023: 3.9,
    growth2023: null,
    target: "控制在5%以内",
    current: quarterly([4.1, 3.9, 3.8]),
    prior: quarterly([4.2, 4.0, 3.9]),
    published: none,
    source: "目标：报告001；其余为示例数据",
  },
];

/** Peer regions of the league in report 001, in the order of its administrative list. */
export const REGIONS = [
  "锡林浩特市",
  "二连浩特市",
  "阿巴嘎旗",
  "苏尼特左旗",
  "苏尼特右旗",
  "东乌珠穆沁旗",
  "西乌珠穆沁旗",
  "太仆寺旗",
  "镶黄旗",
  "正镶白旗",
  "正蓝旗",
  "多伦县",
  "乌拉盖管理区",
];

type Cell = number | string | null;
interface PeerIndicator {
  name: string;
  unit: string;
  /** Per region (全盟 first, then REGIONS): [1-9月总量, 1-9月增速, 1-10月总量, 1-10月增速]. */
  rows: [Cell, Cell, Cell, Cell][];
}

const pct = (cur: number, prior: number): number => r1((cur / prior - 1) * 100);
const mainRow = (name: string): MainRow => MAIN_ROWS.find((r) => r.name === name) as MainRow;
const at = (s: Series, p: string): number => s[PERIODS.indexOf(p)] as number;

/** The 全盟 row of the peer sheet is the league's own figure (an input), taken from the main sheet. */
function leagueRow(name: string): [Cell, Cell, Cell, Cell] {
  const m = mainRow(name);
  if (m.published.some((x) => x !== null))
    return [null, at(m.published, "1-9月"), null, at(m.published, "1-10月")];
  const c9 = at(m.current, "1-9月");
  const c10 = at(m.current, "1-10月");
  return [c9, pct(c9, at(m.prior, "1-9月")), c10, pct(c10, at(m.prior, "1-10月"))];
}

/** Growth-only indicator: regions × [1-9月, 1-10月] rates (a text "—" where no rate is computed). */
function rates(values: [Cell, Cell][]): [Cell, Cell, Cell, Cell][] {
  return values.map(([a, b]) => [null, a, null, b]);
}

/** Level indicator: regions × [上年1-9月, 1-9月增速, 上年1-10月, 1-10月增速] → levels and rates. */
function levels(values: [number, number, number, number][]): [Cell, Cell, Cell, Cell][] {
  return values.map(([p9, g9, p10, g10]) => {
    const c9 = r2(p9 * (1 + g9 / 100));
    const c10 = r2(p10 * (1 + g10 / 100));
    return [c9, pct(c9, p9), c10, pct(c10, p10)];
  });
}

export const PEER_INDICATORS: PeerIndicator[] = [
  {
    name: "规上工业增加值",
    unit: "%",
    rows: [
      leagueRow("规上工业增加值"),
      ...rates([
        [8.1, 8.52],
        [12.4, 11.8],
        [3.2, 4.0],
        [-2.1, -1.5],
        [9.6, 9.9],
        [5.4, 6.1],
        [8.7, 8.46],
        [6.8, 7.5],
        [15.3, 14.2],
        [4.4, 3.9],
        [7.9, 7.0],
        [10.2, 10.9],
        [1.8, 2.6],
      ]),
    ],
  },
  {
    name: "固定资产投资",
    unit: "%",
    rows: [
      leagueRow("固定资产投资"),
      ...rates([
        [16.2, 15.1],
        [22.5, 20.8],
        [9.1, 8.4],
        [-12.4, -9.8],
        [18.7, 17.9],
        [11.3, 12.6],
        [6.5, 7.2],
        [13.8, 14.5],
        [25.1, 23.4],
        [3.6, 4.1],
        [10.9, 9.7],
        [19.4, 18.8],
        ["—", "—"],
      ]),
    ],
  },
  {
    name: "社会消费品零售总额",
    unit: "亿元",
    rows: [
      leagueRow("社会消费品零售总额"),
      ...levels([
        [48.6, 5.2, 54.1, 5.4],
        [14.2, 7.8, 15.9, 8.1],
        [3.1, 3.6, 3.5, 3.9],
        [3.4, 2.9, 3.8, 3.3],
        [4.6, 4.1, 5.1, 4.4],
        [6.2, 4.8, 6.9, 5.0],
        [5.9, 4.4, 6.6, 4.6],
        [8.8, 3.7, 9.8, 4.0],
        [2.4, 4.5, 2.7, 4.7],
        [2.6, 3.1, 2.9, 3.5],
        [4.9, 4.2, 5.5, 4.3],
        [7.3, 5.6, 8.1, 5.9],
        [1.2, 2.2, 1.4, 2.8],
      ]),
    ],
  },
  {
    name: "一般公共预算收入",
    unit: "亿元",
    rows: [
      leagueRow("一般公共预算收入"),
      ...levels([
        [9.8, 6.8, 10.9, 7.1],
        [4.6, 9.3, 5.1, 9.8],
        [2.9, 3.1, 3.2, 3.5],
        [3.8, -4.2, 4.2, -3.6],
        [2.7, 5.9, 3.0, 6.3],
        [6.1, 8.4, 6.8, 8.0],
        [5.6, 4.9, 6.2, 5.3],
        [1.9, 6.6, 2.1, 6.9],
        [1.6, 12.1, 1.8, 11.5],
        [1.5, 2.4, 1.7, 2.2],
        [2.2, 5.1, 2.4, 5.5],
        [3.4, 7.7, 3.8, 7.4],
        [1.1, 0.8, 1.2, 1.6],
      ]),
    ],
  },
];

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const SAMPLE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function styleHeader(ws: ExcelJS.Worksheet, rows: number[], lastCol: number): void {
  for (const r of rows) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = HEADER_FILL;
      cell.font = { bold: true };
      cell.border = THIN;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
}

function buildMain(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("主要指标", { views: [{ state: "frozen", xSplit: 1, ySplit: 4 }] });
  const n = PERIODS.length;
  const firstCur = 6;
  const firstPrior = firstCur + n;
  const firstPub = firstPrior + n;
  const sourceCol = firstPub + n;
  ws.mergeCells(1, 1, 1, sourceCol);
  ws.getCell(1, 1).value = "全盟主要经济指标完成情况（2024年1-10月）";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, sourceCol);
  ws.getCell(2, 1).value =
    "示例数据：本表依据报告001（盟行署工作报告）编制，“数据来源”列注明取自报告的数值，其余数值为编造的演示数据，不是官方统计。增速为同比(%)；地区生产总值、规上工业增加值增速按可比价计算，为公布数，不能由现价总量推算。";
  ws.getCell(2, 1).alignment = { wrapText: true };
  ws.getRow(2).height = 32;

  const fixed = ["指标名称", "单位", "2023年实绩", "2023年增速(%)", "2024年目标"];
  fixed.forEach((h, i) => {
    ws.mergeCells(3, i + 1, 4, i + 1);
    ws.getCell(3, i + 1).value = h;
  });
  const groups: [number, string][] = [
    [firstCur, "本年累计"],
    [firstPrior, "上年同期"],
    [firstPub, "累计增速(%)（公布数）"],
  ];
  for (const [col, label] of groups) {
    ws.mergeCells(3, col, 3, col + n - 1);
    ws.getCell(3, col).value = label;
    PERIODS.forEach((p, i) => (ws.getCell(4, col + i).value = p));
  }
  ws.mergeCells(3, sourceCol, 4, sourceCol);
  ws.getCell(3, sourceCol).value = "数据来源";
  styleHeader(ws, [3, 4], sourceCol);

  MAIN_ROWS.forEach((row, i) => {
    const r = 5 + i;
    ws.getCell(r, 1).value = row.name;
    ws.getCell(r, 2).value = row.unit;
    ws.getCell(r, 3).value = row.level2023;
    ws.getCell(r, 4).value = row.growth2023;
    ws.getCell(r, 5).value = row.target || null;
    PERIODS.forEach((_, k) => {
      ws.getCell(r, firstCur + k).value = row.current[k] ?? null;
      ws.getCell(r, firstPrior + k).value = row.prior[k] ?? null;
      ws.getCell(r, firstPub + k).value = row.published[k] ?? null;
    });
    ws.getCell(r, sourceCol).value = row.source;
    ws.getCell(r, sourceCol).fill = SAMPLE_FILL;
    for (let c = 1; c <= sourceCol; c++) ws.getCell(r, c).border = THIN;
  });
  ws.getColumn(1).width = 28;
  ws.getColumn(5).width = 18;
  for (let c = 3; c < sourceCol; c++) if (c !== 5) ws.getColumn(c).width = 9;
  ws.getColumn(sourceCol).width = 48;
}

function buildPeers(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("旗县市区", { views: [{ state: "frozen", xSplit: 1, ySplit: 4 }] });
  const lastCol = 1 + PEER_INDICATORS.length * 4 + 1;
  ws.mergeCells(1, 1, 1, lastCol);
  ws.getCell(1, 1).value = "各旗县市（区）主要指标（2024年1-9月、1-10月）";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(2, 1, 2, lastCol);
  ws.getCell(2, 1).value =
    "示例数据：本表全部数值为编造的演示数据。“全盟”行是全盟口径的汇总数（输入值），不是各旗县市（区）增速的平均数；“—”表示上年同期无数据，不计算增速，不参与排位。";
  ws.getCell(2, 1).alignment = { wrapText: true };
  ws.getRow(2).height = 32;
  ws.mergeCells(3, 1, 4, 1);
  ws.getCell(3, 1).value = "地区";
  PEER_INDICATORS.forEach((ind, i) => {
    const col = 2 + i * 4;
    ws.mergeCells(3, col, 3, col + 3);
    ws.getCell(3, col).value = ind.unit === "%" ? `${ind.name}` : `${ind.name}（${ind.unit}）`;
    ["1-9月", "1-9月增速(%)", "1-10月", "1-10月增速(%)"].forEach(
      (h, k) => (ws.getCell(4, col + k).value = h),
    );
  });
  ws.mergeCells(3, lastCol, 4, lastCol);
  ws.getCell(3, lastCol).value = "数据来源";
  styleHeader(ws, [3, 4], lastCol);
  ["全盟", ...REGIONS].forEach((name, r) => {
    const row = 5 + r;
    ws.getCell(row, 1).value = name;
    PEER_INDICATORS.forEach((ind, i) => {
      const values = ind.rows[r] as Cell[];
      values.forEach((v, k) => (ws.getCell(row, 2 + i * 4 + k).value = v));
    });
    ws.getCell(row, lastCol).value = r === 0 ? "示例数据（全盟口径，输入值）" : "示例数据";
    ws.getCell(row, lastCol).fill = SAMPLE_FILL;
    for (let c = 1; c <= lastCol; c++) ws.getCell(row, c).border = THIN;
    if (r === 0) ws.getRow(row).font = { bold: true };
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(lastCol).width = 28;
}

function buildNotes(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("说明");
  const lines = [
    "指标通 示例工作簿",
    "",
    "用途：演示“跟踪”视图和命令行 ind track：选择“主要指标”表、期别1-10月，生成“指标跟踪”工作表。",
    "",
    "取自报告的数值（../shared/reports/001，盟行署2024年政府工作报告）：",
    "· 2023年增速：地区生产总值6%，固定资产投资15.2%，一般公共预算收入18%，社会消费品零售总额4.7%，城乡居民人均可支配收入5.1%和6.9%，盟级重点项目完成投资14.7%，原煤产量0.9%；",
    "· 2023年实绩：盟级重点项目完成投资390亿元，原煤产量1.37亿吨，城镇新增就业1.1万人；",
    "· 2024年目标：地区生产总值增长6%左右，规上工业增加值增长6.5%左右，固定资产投资增长15%以上，一般公共预算收入同口径增长6%左右，城镇新增就业1万人以上，居民收入增长与经济增长基本同步，盟级重点项目完成投资450亿元以上，煤炭产量1.4亿吨左右，城镇登记失业率控制在5%以内。",
    "",
    "示例数据（编造的演示数值，不是官方统计）：",
    "· “主要指标”表中的全部月度累计值（本年累计、上年同期）、累计增速公布数，以及2023年实绩中未列在上面的数值、规上工业增加值2023年增速、城镇登记失业率；",
    "· “旗县市区”表中的全部数值（含“全盟”行）。",
    "",
    "口径：增速为同比(%)；地区生产总值、规上工业增加值增速按可比价计算，为公布数，不能由现价总量推算；“全盟”为全盟口径汇总数，是输入值，不是各旗县市（区）的平均数。",
    "社会消费品零售总额在报告中没有2024年目标，跟踪表显示“缺少目标”；“与经济增长基本同步”不是数值目标。",
  ];
  lines.forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getColumn(1).width = 120;
}

/** The workbook as a buffer, byte-identical from run to run. */
export async function makeSample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const fixedDate = new Date(Date.UTC(2024, 10, 15, 0, 0, 0));
  wb.creator = "指标通 示例";
  wb.lastModifiedBy = "指标通 示例";
  wb.created = fixedDate;
  wb.modified = fixedDate;
  buildMain(wb);
  buildPeers(wb);
  buildNotes(wb);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  // ExcelJS stamps zip entries with the current time; rewrite them with a fixed one.
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(zip.files).sort();
  for (const name of names) {
    const entry = zip.files[name] as JSZip.JSZipObject;
    if (entry.dir) continue;
    out.file(name, await entry.async("uint8array"), { date: fixedDate, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

if (require.main === module) {
  const target = path.join(__dirname, "..", "assets", "sample.xlsx");
  makeSample().then(
    (buf) => {
      fs.writeFileSync(target, buf);
      console.log(`wrote ${path.relative(process.cwd(), target)} (${buf.length} bytes)`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
