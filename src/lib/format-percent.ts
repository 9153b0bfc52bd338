// Percentages as the page's language writes them: "63%" in English, "63 %" in German and French.
import { i18n } from '@lingui/core';

/** A whole percentage (63 for 63%), written in the active language when called. */
export function formatPercent(whole: number): string {
  return i18n.number(whole / 100, { style: 'percent' });
}
