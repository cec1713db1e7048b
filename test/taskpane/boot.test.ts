/** Start-up: Excel → Office adapter, Office language and theme; plain browser → preview; failures shown. */
import { boot, type BootDeps } from "../../src/taskpane/boot";
import type { ThemeName } from "../../src/taskpane/env";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { View } from "../../src/taskpane/context";
import { startPreview } from "../../src/taskpane/preview/preview";

function deps(overrides: Partial<BootDeps> = {}) {
  document.body.innerHTML = `<div id="app"></div>`;
  delete document.documentElement.dataset.indReady;
  const themes: ThemeName[] = [];
  const calls: string[] = [];
  const d: BootDeps = {
    root: document.getElementById("app")!,
    search: "",
    officeReady: async () => ({ host: null }),
    applyTheme: (theme) => themes.push(theme),
    loadOfficeWorkbook: async () => {
      calls.push("office");
      return new MemoryWorkbook([]);
    },
    loadPreview: async () => {
      calls.push("preview");
      const views: View[] = [{ id: "track", mount: (panel) => panel.append("track") }];
      return (options) =>
        startPreview({
          ...options,
          views,
          sampleUrl: null,
        });
    },
    xlsx: { read: jest.fn(), write: jest.fn() },
    ...overrides,
  };
  return { d, themes, calls };
}

test("inside Excel: the Office adapter, not the preview; Chinese Office → Chinese; dark Office theme → dark", async () => {
  const { d, themes, calls } = deps({
    officeReady: async () => ({ host: "Excel", displayLanguage: "zh-CN", bodyBackground: "#262626" }),
  });
  const result = await boot(d);
  expect(result.mode).toBe("excel");
  expect(calls).toEqual(["office"]);
  expect(result.lang).toBe("zh");
  expect(themes).toEqual(["dark"]);
  expect(result.app!.ctx.preview).toBe(false);
  expect(document.querySelector(".ind-badge")).toBeNull();
  expect(document.querySelector(".ind-workbook")).toBeNull();
  expect(document.documentElement.dataset.indReady).toBe("true");
  expect(document.documentElement.lang).toBe("zh-CN");
});

test("inside Excel in English with a light theme", async () => {
  const { d, themes } = deps({
    officeReady: async () => ({ host: "Excel", displayLanguage: "en-GB", bodyBackground: "#FFFFFF" }),
  });
  const result = await boot(d);
  expect(result.lang).toBe("en");
  expect(themes).toEqual(["light"]);
  expect(document.title).toBe("Indicator Tracker");
});

test("plain browser: the preview, Chinese and light by default; ?lang=en&theme=dark switch", async () => {
  const a = deps();
  const first = await boot(a.d);
  expect(first.mode).toBe("preview");
  expect(a.calls).toEqual(["preview"]);
  expect([first.lang, a.themes[0]]).toEqual(["zh", "light"]);
  expect(first.app!.ctx.preview).toBe(true);
  expect(document.querySelector(".ind-workbook")).not.toBeNull();

  const b = deps({ search: "?lang=en&theme=dark" });
  const second = await boot(b.d);
  expect([second.lang, b.themes[0]]).toEqual(["en", "dark"]);
});

test("another Office host (e.g. Word) is treated as no Excel: preview, never the Excel adapter", async () => {
  const { d, calls } = deps({ officeReady: async () => ({ host: "Word", displayLanguage: "en-US" }) });
  const result = await boot(d);
  expect(result.mode).toBe("preview");
  expect(calls).toEqual(["preview"]);
  expect(result.lang).toBe("zh"); // Word's language is not consulted outside Excel
});

test("office.js failing to initialise falls back to the preview; afterOfficeReady runs", async () => {
  const after = jest.fn();
  const { d } = deps({ officeReady: () => Promise.reject(new Error("no office")), afterOfficeReady: after });
  expect((await boot(d)).mode).toBe("preview");
  expect(after).toHaveBeenCalledTimes(1);
});

test("a failure while starting is shown in the page and still marks it ready", async () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const { d } = deps({
    officeReady: async () => ({ host: "Excel", displayLanguage: "zh-CN" }),
    loadOfficeWorkbook: () => Promise.reject(new Error("chunk failed")),
  });
  const result = await boot(d);
  expect(result.mode).toBe("failed");
  expect(document.getElementById("app")!.textContent).toBe("指标通启动失败：chunk failed");
  expect(document.documentElement.dataset.indReady).toBe("true");
  spy.mockRestore();
});

test("inside Excel: a theme changed while the pane is open is followed when the pane regains focus or is shown", async () => {
  let background = "#ffffff";
  const { d, themes } = deps({
    officeReady: async () => ({ host: "Excel", displayLanguage: "zh-CN", bodyBackground: background }),
    readBodyBackground: () => background,
  });
  await boot(d);
  expect(themes).toEqual(["light"]);
  window.dispatchEvent(new Event("focus"));
  expect(themes).toEqual(["light"]);
  background = "#262626";
  window.dispatchEvent(new Event("focus"));
  expect(themes).toEqual(["light", "dark"]);
  background = "#f3f3f3";
  document.dispatchEvent(new Event("visibilitychange"));
  expect(themes).toEqual(["light", "dark", "light"]);
});
