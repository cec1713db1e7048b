/**
 * @summary 繁简转换（按需加载）/ traditional → simplified, loaded only when needed
 *
 * opencc-js's traditional→simplified dictionaries are about 100 KB; the Read engine needs them only for
 * traditional text. `prepare(text)` checks for traditional characters (a cheap scan) and only then loads
 * `opencc-js/t2cn` with a dynamic `import()`, which webpack splits into its own chunk, so neither the task
 * pane's first load nor the functions bundle carries it. The converter is created once and reused.
 *
 * We use opencc-js (Apache-2.0) rather than a table of our own: its phrase-level rules handle characters
 * whose simplified form depends on the word (乾淨 → 干净 but 乾隆 stays), which a character table gets wrong.
 *
 * Edge cases: a failed load (offline, missing chunk) resolves to `undefined`, and extraction then reads the
 * text as written (numbers still work: the scanner knows 萬/億/兩); never rejects.
 */
import { hasTraditional, type ScriptConverter } from "./normalize";

let converter: Promise<ScriptConverter | undefined> | null = null;

/** The traditional → simplified converter (Taiwan/Hong Kong variants included), loaded once. */
export function loadConverter(): Promise<ScriptConverter | undefined> {
  if (!converter) {
    converter = import(/* webpackChunkName: "opencc-t2cn" */ "opencc-js/t2cn").then(
      (m) => {
        const mod = m as unknown as {
          Converter?: typeof m.Converter;
          default?: { Converter: typeof m.Converter };
        };
        const make = mod.Converter ?? mod.default?.Converter;
        if (!make) return undefined;
        const tw = make({ from: "tw", to: "cn" });
        return (text: string) => tw(text);
      },
      () => undefined,
    );
  }
  return converter;
}

/**
 * What `extractRecords` needs for this text: `{ convert }` when the text holds traditional characters (and
 * the converter loaded), else `{}`. Await it once, then extract synchronously.
 */
export async function prepare(text: string): Promise<{ convert?: ScriptConverter }> {
  if (typeof text !== "string" || !hasTraditional(text)) return {};
  const convert = await loadConverter();
  return convert ? { convert } : {};
}
