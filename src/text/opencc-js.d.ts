/**
 * Types for the traditional → simplified entry of opencc-js (the package's own types sit behind an "exports"
 * map that this project's `moduleResolution: node` does not read).
 */
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
