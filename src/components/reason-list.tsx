import { Trans } from '@lingui/react/macro';
import type { Reason, Subject } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import './reason-list.css';

/**
 * Reasons quoting the answers, each with why that answer counts, in the voice of the result: to the
 * person on their own result, about them on a result someone shared.
 */
export function ReasonList({ reasons, subject }: { reasons: readonly Reason[]; subject: Subject }) {
  return (
    <ol className="reasons">
      {reasons.map((reason) => {
        const answer = translate(reason.answer);
        const prompt = translate(reason.prompt);
        return (
          <li key={reason.questionId} className={reason.toward}>
            <p className="quote">
              {subject === 'you' ? (
                <Trans>
                  You answered <q>{answer}</q> to <q>{prompt}</q>
                </Trans>
              ) : (
                <Trans>
                  They answered <q>{answer}</q> to <q>{prompt}</q>
                </Trans>
              )}
            </p>
            <p>{translate(reason.text[subject])}</p>
          </li>
        );
      })}
    </ol>
  );
}
