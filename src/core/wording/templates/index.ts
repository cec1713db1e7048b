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

export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) {
      throw new Error(`wording template "${template}" needs {${name}}`);
    }
    return String(params[name]);
  });
}

/** `fill(templatesFor(lang)[token], params)`. */
export function word(
  token: WordingToken,
  params: Readonly<Record<string, string | number>> = {},
  lang: WordingLang = "zh",
): string {
  return fill(byLang[lang][token], params);
}
