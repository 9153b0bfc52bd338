import { resultWords } from '../engine/index.ts';
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
      {reasons.map((reason) => (
        <li key={reason.questionId} className={reason.toward}>
          <p className="quote">
            {resultWords[subject].answeredLead} <q>{translate(reason.answer)}</q> to{' '}
            <q>{translate(reason.prompt)}</q>
          </p>
          <p>{translate(reason.text[subject])}</p>
        </li>
      ))}
    </ol>
  );
}
