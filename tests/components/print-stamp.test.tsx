import { i18n } from '@lingui/core';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintStamp } from '../../src/components/print-stamp.tsx';
import { englishCatalogs as english } from '../english-catalogs.ts';

const link = 'https://example.org/shared#2-abc-11111';

describe('the print stamp', () => {
  beforeEach(() => {
    // Noon in London on the 20th of November: the same day in every time zone from UTC−11 to UTC+11.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 10, 20, 12, 0));
  });

  afterEach(() => {
    vi.useRealTimers();
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('says when and where the result was printed, as one sentence', () => {
    render(<PrintStamp link={link} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      `Printed from Which TPM? on November 20, 2026. Open this result again at: ${link}`,
    );
    expect(screen.getByText('November 20, 2026')).toHaveAttribute('datetime', '2026-11-20');
  });

  it('writes the date the way the page’s language does, whatever the browser’s language', () => {
    // An empty catalog: the sentence falls back to English, but the date follows the page's language.
    i18n.loadAndActivate({ locale: 'de', messages: {} });
    render(<PrintStamp link={link} />);
    expect(screen.getByText('20. November 2026')).toHaveAttribute('datetime', '2026-11-20');
    i18n.loadAndActivate({ locale: 'fr', messages: {} });
    render(<PrintStamp link={link} />);
    expect(screen.getByText('20 novembre 2026')).toBeInTheDocument();
  });
});
