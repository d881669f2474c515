/** Estimated width of one character of the bold headline font, in ems (digits are ~0.55–0.6). */
export const CHAR_WIDTH_EM = 0.6;
/** Share of the width the text may use, leaving a margin on both sides. */
const WIDTH_SHARE = 0.9;
/** Vertical space taken by the subheader's margin and the timestamp line, in pixels. */
const SUBHEADER_MARGIN = 8;
const TIMESTAMP_HEIGHT = 16;
/** Line heights from BigNumber.module.css. */
const HEADLINE_LINE_HEIGHT = 1;
const SUBHEADER_LINE_HEIGHT = 1.2;

/** The estimated rendered width of a single line of text at a font size. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * CHAR_WIDTH_EM * fontSize;
}

/** The largest font size (at most `preferred`) at which `text` fits on one line of `width`. */
export function fitFontSizeToWidth(text: string, width: number, preferred: number): number {
  const chars = Math.max(1, text.length);
  const byWidth = (Math.max(0, width) * WIDTH_SHARE) / (chars * CHAR_WIDTH_EM);
  return Math.max(1, Math.floor(Math.min(preferred, byWidth)));
}

export interface BigNumberLayoutInput {
  width: number;
  height: number;
  headline: string;
  subheader: string;
  hasTimestamp: boolean;
  /** Font sizes as a fraction of the height (Superset's `headerFontSize`/`subheaderFontSize`). */
  headerFontSize: number;
  subheaderFontSize: number;
}

export interface BigNumberLayout {
  headlineFontSize: number;
  /** 0 when there is no subheader. */
  subheaderFontSize: number;
}

/**
 * Font sizes of a big number that fit its box, as Superset scales the header to the chart's width
 * and height: each size is its share of the height, shrunk so the headline fits on one line of the
 * width, the subheader's longest word fits the width, and the lines together fit the height.
 */
export function fitBigNumberLayout(input: BigNumberLayoutInput): BigNumberLayout {
  const { width, height, headline, subheader } = input;
  let headlineSize = fitFontSizeToWidth(headline, width, height * input.headerFontSize);
  const longestWord = subheader.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  let subheaderSize = subheader
    ? Math.min(
        fitFontSizeToWidth(longestWord, width, height * input.subheaderFontSize),
        headlineSize,
      )
    : 0;
  const fixed = (subheader ? SUBHEADER_MARGIN : 0) + (input.hasTimestamp ? TIMESTAMP_HEIGHT : 0);
  const needed = headlineSize * HEADLINE_LINE_HEIGHT + subheaderSize * SUBHEADER_LINE_HEIGHT;
  const available = Math.max(0, height - fixed);
  if (needed > available) {
    const scale = available / needed;
    headlineSize = Math.max(1, Math.floor(headlineSize * scale));
    subheaderSize = subheader ? Math.max(1, Math.floor(subheaderSize * scale)) : 0;
  }
  return { headlineFontSize: headlineSize, subheaderFontSize: subheaderSize };
}
