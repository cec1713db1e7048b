/**
 * Normalisation and its offset map: pinyin noise out, full-width to ASCII, spaces inside numbers out, and
 * every normalised character maps back to the original character it came from.
 */
import fc from "fast-check";
import { hasTraditional, normalizeLine, splitLines } from "../../src/text/normalize";

describe("normalizeLine", () => {
  it("drops pinyin readings after Han characters, keeping the map to the original", () => {
    const orig = "內(nèi)蒙古自治區(qū)增長(zhǎng)6%左右";
    const n = normalizeLine(orig);
    expect(n.text).toBe("內蒙古自治區增長6%左右");
    for (let i = 0; i < n.text.length; i++) expect(orig[n.map[i] as number]).toBe(n.text[i]);
    expect(n.map[n.text.length]).toBe(orig.length);
  });

  it("keeps ASCII parentheses that are not pinyin (x slots, Latin words, numbers)", () => {
    expect(normalizeLine("增长(x)").text).toBe("增长(x)");
    expect(normalizeLine("企业(SC认证)").text).toBe("企业(SC认证)");
    expect(normalizeLine("投资(3亿元)").text).toBe("投资(3亿元)");
    expect(normalizeLine("(nèi)开头").text).toBe("(nèi)开头");
  });

  it("maps full-width digits and signs to ASCII and keeps Chinese punctuation", () => {
    expect(normalizeLine("增长６．５％，－２，＋３，１／４，４７：２３").text).toBe(
      "增长6.5%，-2，+3，1/4，47：23",
    );
  });

  it("drops spaces inside numbers and Chinese text but keeps them between Latin words", () => {
    expect(normalizeLine("增长 13.7 %，4 3582元").text).toBe("增长13.7%，43582元");
    expect(normalizeLine("SC 认证，New Energy").text).toBe("SC认证，New Energy");
    expect(normalizeLine("增长\u30006%").text).toBe("增长6%");
  });

  it("converts traditional characters with an injected converter without breaking the map", () => {
    const conv = (s: string) => s.replace(/長/g, "长").replace(/區/g, "区");
    const n = normalizeLine("地區增長 6%", conv);
    expect(n.text).toBe("地区增长6%");
    expect(n.map.length).toBe(n.text.length + 1);
  });

  it("falls back to character-wise conversion when a converter changes the length", () => {
    const conv = (s: string) => (s.length > 1 ? s + "!" : s === "長" ? "长" : s);
    expect(normalizeLine("增長", conv).text).toBe("增长");
  });

  it("survives a converter that throws", () => {
    const conv = () => {
      throw new Error("boom");
    };
    expect(normalizeLine("增長6%", conv).text).toBe("增長6%");
  });

  it("property: the map is strictly increasing, in range, and each character maps to its source", () => {
    const piece = fc.constantFrom(
      "增",
      "長",
      "6",
      "６",
      "％",
      " ",
      "(nèi)",
      "(x)",
      "，",
      "x",
      "亿元",
      "\u3000",
      "a",
      "b",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const orig = parts.join("");
        const n = normalizeLine(orig);
        expect(n.map.length).toBe(n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) {
          const o = n.map[i] as number;
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThan(orig.length);
          if (i > 0) expect(o).toBeGreaterThan(n.map[i - 1] as number);
          const src = orig[o] as string;
          const half =
            src.charCodeAt(0) >= 0xff01 && src.charCodeAt(0) <= 0xff5e
              ? String.fromCharCode(src.charCodeAt(0) - 0xfee0)
              : src;
          if (n.text[i] === " ") expect(src).toMatch(/[\s\u3000]/);
          else expect([src, half]).toContain(n.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("hasTraditional", () => {
  it("detects traditional text and leaves simplified text alone", () => {
    expect(hasTraditional("內蒙古自治區地區生產總值增長6%")).toBe(true);
    expect(hasTraditional("内蒙古自治区地区生产总值增长6%")).toBe(false);
    expect(hasTraditional("")).toBe(false);
  });
});

describe("splitLines", () => {
  it("numbers lines as an editor does for \\n, \\r\\n and \\r", () => {
    expect(splitLines("a\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
  });
});
