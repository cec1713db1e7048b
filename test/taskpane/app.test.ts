/** The shell in jsdom: tabs and panels, views mounted once, message bar, our confirm dialog, change events. */
import { startApp, tabId, panelId } from "../../src/taskpane/app";
import type { AppContext, View, ViewId } from "../../src/taskpane/context";
import { MemoryWorkbook } from "../../src/workbook/memory";

function probeView(id: ViewId, log: string[]): View {
  return {
    id,
    mount(panel: HTMLElement, ctx: AppContext) {
      log.push(`mount ${id} ${ctx.lang}`);
      panel.append(`content of ${id}`);
    },
    activate() {
      log.push(`activate ${id}`);
    },
  };
}

function setup(lang: "zh" | "en" = "zh", views?: View[]) {
  document.body.innerHTML = `<div id="app"></div>`;
  const root = document.getElementById("app")!;
  const app = startApp({ root, workbook: new MemoryWorkbook([]), lang, preview: true, views });
  return { root, app };
}

const panel = (id: ViewId) => document.getElementById(panelId(id)) as HTMLElement;
const tab = (id: ViewId) => document.getElementById(tabId(id)) as HTMLElement;

describe("tabs and views", () => {
  test("four tabs in order with Chinese labels; the Track panel is shown and mounted", () => {
    setup("zh");
    const labels = Array.from(document.querySelectorAll("fluent-tab")).map((t) => t.textContent);
    expect(labels).toEqual(["跟踪", "读取", "撰写", "审核"]);
    expect(panel("track").hidden).toBe(false);
    expect(panel("read").hidden).toBe(true);
    expect(panel("track").childNodes.length).toBeGreaterThan(0);
    expect(tab("track").getAttribute("aria-selected")).toBe("true");
    expect(tab("track").getAttribute("aria-controls")).toBe(panelId("track"));
    expect(panel("track").getAttribute("aria-labelledby")).toBe(tabId("track"));
  });

  test("English labels", () => {
    setup("en");
    const labels = Array.from(document.querySelectorAll("fluent-tab")).map((t) => t.textContent);
    expect(labels).toEqual(["Track", "Read", "Write", "Check"]);
    expect(document.querySelector(".ind-pane")!.getAttribute("lang")).toBe("en");
  });

  test("every product view mounts without error in both languages, in its own language", () => {
    const spy = jest.spyOn(console, "error");
    for (const lang of ["zh", "en"] as const) {
      const { app } = setup(lang);
      for (const id of ["track", "read", "write", "check"] as const) {
        app.ctx.showView(id);
        const text = panel(id).textContent ?? "";
        expect(text.trim().length).toBeGreaterThan(0);
        if (lang === "zh") expect(text).toMatch(/[\u4e00-\u9fff]/);
        expect(app.messages.current()?.intent).not.toBe("error");
      }
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test("clicking a tab shows its panel, mounts the view once and activates it on every switch", () => {
    const log: string[] = [];
    const views = (["track", "read", "write", "check"] as const).map((id) => probeView(id, log));
    const { app } = setup("zh", views);
    expect(log).toEqual(["mount track zh", "activate track"]);
    tab("read").click();
    expect(app.activeView()).toBe("read");
    expect(panel("read").hidden).toBe(false);
    expect(panel("track").hidden).toBe(true);
    tab("track").click();
    tab("read").click();
    tab("read").click(); // no re-activation when already shown
    expect(log).toEqual([
      "mount track zh",
      "activate track",
      "mount read zh",
      "activate read",
      "activate track",
      "activate read",
    ]);
    expect(panel("read").textContent).toBe("content of read");
  });

  test("ctx.showView switches views (e.g. Read → Track after an import)", () => {
    const { app } = setup();
    app.ctx.showView("check");
    expect(panel("check").hidden).toBe(false);
    expect(tab("check").getAttribute("aria-selected")).toBe("true");
    expect(tab("track").getAttribute("aria-selected")).toBe("false");
  });

  test("a Fluent tablist change event switches the view too", () => {
    const { app } = setup();
    const tablist = document.querySelector("fluent-tablist")!;
    tablist.dispatchEvent(new CustomEvent("change", { detail: tab("write") }));
    expect(app.activeView()).toBe("write");
  });

  test("a view that throws while mounting gives an error message, not a crash", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const broken: View = {
      id: "read",
      mount() {
        throw new Error("boom");
      },
    };
    const { app } = setup("zh", [probeView("track", []), broken]);
    app.ctx.showView("read");
    expect(app.messages.current()).toEqual({ message: "“读取”出错：boom", intent: "error" });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe("message bar", () => {
  test("notify shows one message with its intent; errors are alerts; dismiss clears it", () => {
    const { app } = setup();
    app.ctx.notify("已写入", "success");
    app.ctx.notify("出错了", "error");
    const bars = document.querySelectorAll(".ind-message");
    expect(bars).toHaveLength(1);
    expect(bars[0]!.getAttribute("intent")).toBe("error");
    expect(bars[0]!.getAttribute("role")).toBe("alert");
    expect(bars[0]!.textContent).toContain("出错了");
    (bars[0]!.querySelector(".ind-dismiss") as HTMLElement).click();
    expect(document.querySelectorAll(".ind-message")).toHaveLength(0);
    expect(app.messages.current()).toBeNull();
  });
  test("info is the default intent and is a status", () => {
    const { app } = setup("en");
    app.ctx.notify("Hello");
    const bar = document.querySelector(".ind-message")!;
    expect(bar.getAttribute("intent")).toBe("info");
    expect(bar.getAttribute("role")).toBe("status");
    expect(bar.querySelector(".ind-dismiss")!.getAttribute("aria-label")).toBe("Dismiss message");
  });
});

describe("confirm dialog", () => {
  const button = (action: string) =>
    document.querySelector(`.ind-confirm [data-action="${action}"]`) as HTMLElement;

  test("OK answers true, Cancel false; the message is shown", async () => {
    const { app } = setup();
    const first = app.ctx.confirm("替换工作表“指标跟踪”？");
    await Promise.resolve();
    expect(app.confirmDialog.isOpen()).toBe(true);
    expect(document.querySelector(".ind-confirm-message")!.textContent).toBe("替换工作表“指标跟踪”？");
    expect((document.querySelector(".ind-confirm") as HTMLElement).hidden).toBe(false);
    button("ok").click();
    await expect(first).resolves.toBe(true);
    expect((document.querySelector(".ind-confirm") as HTMLElement).hidden).toBe(true);

    const second = app.ctx.confirm("再来一次？");
    await Promise.resolve();
    button("cancel").click();
    await expect(second).resolves.toBe(false);
  });

  test("Escape answers false", async () => {
    const { app } = setup();
    const answer = app.ctx.confirm("Replace?");
    await Promise.resolve();
    document
      .querySelector(".ind-confirm")!
      .dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await expect(answer).resolves.toBe(false);
  });

  test("a second request waits until the first is answered", async () => {
    const { app } = setup("en");
    const a = app.ctx.confirm("first");
    const b = app.ctx.confirm("second");
    await Promise.resolve();
    expect(document.querySelector(".ind-confirm-message")!.textContent).toBe("first");
    button("ok").click();
    await expect(a).resolves.toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(document.querySelector(".ind-confirm-message")!.textContent).toBe("second");
    button("cancel").click();
    await expect(b).resolves.toBe(false);
  });

  test("the buttons are labelled in the UI language", () => {
    setup("zh");
    expect(button("ok").textContent).toBe("确定");
    expect(button("cancel").textContent).toBe("取消");
  });
});

describe("workbook changes", () => {
  test("listeners hear workbookChanged until they unsubscribe; a throwing listener does not stop others", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { app } = setup();
    const heard: string[] = [];
    const off = app.ctx.onWorkbookChanged(() => heard.push("a"));
    app.ctx.onWorkbookChanged(() => {
      throw new Error("bad listener");
    });
    app.ctx.onWorkbookChanged(() => heard.push("c"));
    app.ctx.workbookChanged();
    off();
    app.ctx.workbookChanged();
    expect(heard).toEqual(["a", "c", "c"]);
    warn.mockRestore();
  });

  test("setWorkbook replaces ctx.workbook and tells the listeners", () => {
    const { app } = setup();
    const next = new MemoryWorkbook([{ name: "S", values: [[1]] }]);
    let seen: unknown = null;
    app.ctx.onWorkbookChanged(() => (seen = app.ctx.workbook));
    app.setWorkbook(next);
    expect(app.ctx.workbook).toBe(next);
    expect(seen).toBe(next);
  });
});
