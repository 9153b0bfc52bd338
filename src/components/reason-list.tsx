import type { Reason } from '../engine/index.ts';

/** Reasons quoting the person's own answers. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  return (
    <ol className="reasons">
      {reasons.map((reason) => (
        <li key={reason.questionId} className={reason.toward}>
          <p className="quote">
            You answered <q>{reason.answer}</q> to <q>{reason.prompt}</q>
          </p>
          <p>{reason.text}</p>
        </li>
      ))}
    </ol>
  );
}
