import { Trans } from '@lingui/react/macro';
import { useId } from 'react';
import { buildAnswerExport } from '../engine/index.ts';
import type { AnswerAttempt, QuestionBank } from '../engine/index.ts';
import { saveFile } from './save-file.ts';

const mediaTypes = { csv: 'text/csv;charset=utf-8', json: 'application/json' } as const;

/**
 * "Download my answers" as CSV or JSON, for a person who wants to give their answers to a study
 * (docs/validity.md). `attempts` are this browser's attempts of `bank`'s version, newest first.
 */
export function DownloadAnswers({
  attempts,
  bank,
}: {
  attempts: readonly AnswerAttempt[];
  bank: QuestionBank;
}) {
  const noteId = useId();

  const download = (extension: 'csv' | 'json') => {
    const files = buildAnswerExport({ attempts, bank, exportedAt: Date.now() });
    saveFile(files.fileName(extension), new Blob([files[extension]], { type: mediaTypes[extension] }), 0);
  };

  return (
    <div className="download-answers">
      <div className="actions">
        <button type="button" className="button" aria-describedby={noteId} onClick={() => download('csv')}>
          <Trans>Download my answers (CSV)</Trans>
        </button>
        <button type="button" className="button" aria-describedby={noteId} onClick={() => download('json')}>
          <Trans>Download my answers (JSON)</Trans>
        </button>
      </div>
      <p id={noteId} className="muted">
        <Trans>
          The file holds your answers each time you took this version of the quiz here, what you do now if you
          said, and the dates. It is made in your browser; nothing is sent anywhere.
        </Trans>
      </p>
    </div>
  );
}
