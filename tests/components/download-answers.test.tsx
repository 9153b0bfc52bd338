import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DownloadAnswers } from '../../src/components/download-answers.tsx';
import { buildAnswerExport } from '../../src/engine/index.ts';
import type { AnswerAttempt } from '../../src/engine/index.ts';
import { questionBank } from '../fixtures/pilot/fixture-bank.ts';

const attempts: AnswerAttempt[] = [
  {
    takenAt: Date.UTC(2025, 10, 21, 14, 3),
    mode: 'full',
    answers: { 'talk-to-customers': 'very-much', 'free-afternoon': 'product', 'current-role': 'student' },
  },
  { takenAt: Date.UTC(2025, 10, 8, 18, 30), mode: 'quick', answers: { 'free-afternoon': 'project' } },
];

/** Stubs the blob URL calls jsdom lacks, and records each file a link click would save. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const saved: { name: string; blob: Blob | undefined }[] = [];
  const revoke = vi.fn();
  // jsdom has neither function; each test file runs in its own environment, so they need no undoing.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:which-tpm/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = revoke;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '') });
  });
  const fetch = vi.spyOn(globalThis, 'fetch');
  return { saved, revoke, fetch };
}

describe('DownloadAnswers', () => {
  it('saves the CSV of every attempt as a file made in the browser, without sending anything', async () => {
    const user = userEvent.setup();
    const { saved, revoke, fetch } = captureDownloads();
    render(<DownloadAnswers attempts={attempts} bank={questionBank} />);

    await user.click(screen.getByRole('button', { name: 'Download my answers (CSV)' }));

    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^which-tpm-answers-v2-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]?.blob?.type).toBe('text/csv;charset=utf-8');
    expect(await saved[0]?.blob?.text()).toBe(
      buildAnswerExport({ attempts, bank: questionBank, exportedAt: 0 }).csv,
    );
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:which-tpm/0'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('saves the JSON with the background answer kept apart, and leaves no link behind', async () => {
    const user = userEvent.setup();
    const { saved } = captureDownloads();
    render(<DownloadAnswers attempts={attempts} bank={questionBank} />);

    await user.click(screen.getByRole('button', { name: 'Download my answers (JSON)' }));

    expect(saved[0]?.name).toMatch(/^which-tpm-answers-v2-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse((await saved[0]?.blob?.text()) ?? '') as {
      attempts: { mode: string; background: object }[];
    };
    expect(file.attempts.map((attempt) => attempt.mode)).toEqual(['full', 'quick']);
    expect(file.attempts[0]?.background).toEqual({ currentRole: 'student' });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says under the buttons what the file holds and that nothing leaves the browser', () => {
    render(<DownloadAnswers attempts={attempts} bank={questionBank} />);
    for (const name of ['Download my answers (CSV)', 'Download my answers (JSON)']) {
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(
        /holds your answers each time you took this version.*nothing is sent anywhere\./,
      );
    }
  });
});
