import { detectLang, detectTheme, relativeLuminance } from "../../src/taskpane/env";

describe("detectLang", () => {
  test("Office display language zh-* gives Chinese, others English", () => {
    expect(detectLang("zh-CN", "")).toBe("zh");
    expect(detectLang("zh-TW", "")).toBe("zh");
    expect(detectLang("ZH-hk", "")).toBe("zh");
    expect(detectLang("en-US", "")).toBe("en");
    expect(detectLang("de-DE", "")).toBe("en");
  });
  test("preview (no Office language) defaults to Chinese", () => {
    expect(detectLang(null, "")).toBe("zh");
    expect(detectLang(undefined, "?theme=dark")).toBe("zh");
  });
  test("?lang= wins over the Office language", () => {
    expect(detectLang(null, "?lang=en")).toBe("en");
    expect(detectLang("zh-CN", "?lang=en-US")).toBe("en");
    expect(detectLang("en-US", "?lang=zh")).toBe("zh");
  });
  test("an unknown ?lang= is ignored", () => {
    expect(detectLang("en-US", "?lang=fr")).toBe("en");
    expect(detectLang(null, "?lang=")).toBe("zh");
  });
});

describe("detectTheme", () => {
  test("Office body background decides: dark grey/black → dark, white/light grey → light", () => {
    expect(detectTheme("#262626", "")).toBe("dark");
    expect(detectTheme("#000000", "")).toBe("dark");
    expect(detectTheme("#FFFFFF", "")).toBe("light");
    expect(detectTheme("#E6E6E6", "")).toBe("light");
  });
  test("no or unreadable colour gives light", () => {
    expect(detectTheme(null, "")).toBe("light");
    expect(detectTheme("transparent", "")).toBe("light");
  });
  test("?theme= wins", () => {
    expect(detectTheme("#FFFFFF", "?theme=dark")).toBe("dark");
    expect(detectTheme("#000", "?theme=light")).toBe("light");
    expect(detectTheme(null, "?theme=purple")).toBe("light");
  });
});

test("relativeLuminance follows WCAG (black 0, white 1, short hex)", () => {
  expect(relativeLuminance("#000")).toBe(0);
  expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
  expect(relativeLuminance("#777777")).toBeCloseTo(0.1844, 3);
  expect(relativeLuminance("red")).toBeNull();
});
