import { answerCountsToward, resultWords } from '../engine/index.ts';
import type { Reason, Subject } from '../engine/index.ts';
import './reason-list.css';

/**
 * Reasons quoting the answers. On the person's own result each answer comes with why it counts; the
 * reason texts speak to the person who answered, so someone else's result says only which way it counts.
 */
export function ReasonList({ reasons, subject }: { reasons: readonly Reason[]; subject: Subject }) {
  return (
    <ol className="reasons">
      {reasons.map((reason) => (
        <li key={reason.questionId} className={reason.toward}>
          <p className="quote">
            {resultWords[subject].answeredLead} <q>{reason.answer}</q> to <q>{reason.prompt}</q>
          </p>
          <p>{subject === 'you' ? reason.text : answerCountsToward(reason.toward)}</p>
        </li>
      ))}
    </ol>
  );
}
