/** The sentence generator: standard sentences and paragraphs from indicator rows (issue 6, Write). */
export { INDICATOR_ORDER, indicatorRank, sortByIndicatorOrder, type IndicatorGroup } from "./order";
export { paragraph, type ParagraphOptions, type ParagraphResult } from "./paragraph";
export { joinParts, phrase, phraseParts, type SentenceParts } from "./phrase";
export type { PhraseOptions, PhraseRow } from "./types";
export { rowsFromPeers, rowsFromTrack, type FromPeersOptions, type FromTrackOptions } from "./fromTrack";
