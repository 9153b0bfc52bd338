// The result card: an SVG drawn from the result, written here by hand (no library), and turned into a
// PNG in the browser. The SVG uses only shapes and text, so drawing it on a canvas never taints it.
import { t } from '@lingui/core/macro';
import { interestLevelWords, splitPercentages, trackTitles } from '../engine/index.ts';
import type { Evaluation, Track } from '../engine/index.ts';
import { formatPercent } from '../lib/format-percent.ts';
import { siteName } from '../lib/page-titles.ts';
import { translate } from '../lib/translate.ts';

/** The card's size in pixels: the 1.91:1 shape most sites use for link previews. */
export const cardSize = { width: 1200, height: 630 } as const;

const colours = {
  background: '#fbfaf7',
  text: '#1d1d1f',
  muted: '#52525b',
  border: '#d4d4d8',
  product: '#0f766e',
  project: '#9a3412',
} as const;

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Splits `text` into lines of at most about `perLine` characters, at spaces. */
export function wrapText(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** What the card says, in words, in the page's language: also the image's text alternative. */
export function cardWords(evaluation: Evaluation): {
  headline: string;
  sides: Record<Track, { title: string; share: string; interest: string | null }>;
} {
  const percent = splitPercentages(evaluation.productShare);
  const interestKnown = evaluation.interestPattern !== 'unknown';
  const side = (track: Track) => {
    const share = formatPercent(percent[track]);
    const level = translate(interestLevelWords(evaluation.interest[track]));
    return {
      title: translate(trackTitles[track]),
      share: t`${share} of answer points`,
      interest: interestKnown ? t`Interest: ${level}` : null,
    };
  };
  return {
    headline: translate(evaluation.summary),
    sides: { product: side('product'), project: side('project') },
  };
}

/** A text alternative for the card image, in one paragraph. */
export function cardDescription(evaluation: Evaluation): string {
  const { headline, sides } = cardWords(evaluation);
  const describe = (track: Track) => {
    const { title, share, interest } = sides[track];
    return interest === null ? t`${title}, ${share}` : t`${title}, ${share}, ${interest}`;
  };
  const product = describe('product');
  const project = describe('project');
  return t`Which TPM? result card. ${headline}. ${product}. ${project}.`;
}

/**
 * The result card as a standalone SVG document: the headline, both roles side by side with their share
 * of the answer points and how much the work appeals, and where the quiz lives.
 * @example resultCardSvg(evaluate({}), 'https://example.org'); // '<svg xmlns="http://www.w3.org/2000/svg"...'
 */
export function resultCardSvg(evaluation: Evaluation, address: string): string {
  const { width, height } = cardSize;
  const { headline, sides } = cardWords(evaluation);
  const percent = splitPercentages(evaluation.productShare);
  const font = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
  const site = escapeXml(siteName());
  const headlineLines = wrapText(headline, 34);
  const headlineSvg = headlineLines
    .map(
      (line, index) =>
        `<text x="72" y="${190 + index * 64}" font-size="54" font-weight="700" fill="${colours.text}">${escapeXml(line)}</text>`,
    )
    .join('');
  const top = 190 + headlineLines.length * 64 + 10;
  const barWidth = width - 144;
  const productWidth = Math.round((barWidth * percent.product) / 100);
  const sideSvg = (track: Track, x: number) => {
    const colour = colours[track];
    const words = sides[track];
    const lines = [
      `<rect x="${x}" y="${top + 44}" width="516" height="150" rx="14" fill="#ffffff" stroke="${colours.border}" stroke-width="2"/>`,
      `<rect x="${x}" y="${top + 44}" width="516" height="10" rx="5" fill="${colour}"/>`,
      `<text x="${x + 24}" y="${top + 100}" font-size="29" font-weight="700" fill="${colours.text}">${escapeXml(words.title)}</text>`,
      `<text x="${x + 24}" y="${top + 145}" font-size="30" font-weight="600" fill="${colour}">${escapeXml(words.share)}</text>`,
    ];
    if (words.interest) {
      lines.push(
        `<text x="${x + 24}" y="${top + 180}" font-size="28" fill="${colours.muted}">${escapeXml(words.interest)}</text>`,
      );
    }
    return lines.join('');
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<rect width="${width}" height="${height}" fill="${colours.background}"/>`,
    `<rect x="0" y="0" width="${width}" height="12" fill="${colours.product}"/>`,
    `<rect x="${Math.round((width * percent.product) / 100)}" y="0" width="${width}" height="12" fill="${colours.project}"/>`,
    `<text x="72" y="104" font-size="34" font-weight="700" fill="${colours.muted}">${site}</text>`,
    headlineSvg,
    `<rect x="72" y="${top}" width="${barWidth}" height="20" rx="10" fill="${colours.project}"/>`,
    `<rect x="72" y="${top}" width="${productWidth}" height="20" rx="10" fill="${colours.product}"/>`,
    sideSvg('product', 72),
    sideSvg('project', 612),
    `<text x="72" y="${height - 40}" font-size="24" fill="${colours.muted}">${escapeXml(address)}</text>`,
    '</svg>',
  ].join('');
}

/** The SVG as a data: URL, which the Content-Security-Policy allows as an image. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
