/**
 * Template lookup and filling. `fill` replaces `{name}` with the given value; a placeholder without a value is a
 * programmer error (a template and its caller disagree), so it throws rather than printing "{x}" into a report.
 */
import { en } from "./en";
import type { WordingLang, WordingTemplates, WordingToken } from "./types";
import { zhCN } from "./zh-CN";

export type { WordingLang, WordingTemplates, WordingToken } from "./types";

const byLang: Readonly<Record<WordingLang, WordingTemplates>> = { zh: zhCN, en };

export function templatesFor(lang: WordingLang = "zh"): WordingTemplates {
  return byLang[lang];
}

/** A template split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

function parts(template: string): string[] {
  let p = compiled.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/);
    if (compiled.size < 1000) compiled.set(template, p);
  }
  return p;
}

export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const p = parts(template);
  if (p.length === 1) return template;
  let out = p[0] as string;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i] as string;
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      throw new Error(`wording template "${template}" needs {${name}}`);
    }
    out += String(params[name]) + (p[i + 1] as string);
  }
  return out;
}

/** `fill(templatesFor(lang)[token], params)`. */
export function word(
  token: WordingToken,
  params: Readonly<Record<string, string | number>> = {},
  lang: WordingLang = "zh",
): string {
  return fill(byLang[lang][token], params);
}
