import { seedArticles } from '../content/seed-articles.ts';
import { quotedPrompt } from '../engine/index.ts';
import type { Evidence, Question } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

const directionWords = (lean: number) => {
  if (lean > 0) return `leans product (+${lean})`;
  if (lean < 0) return `leans project (${lean})`;
  return 'leans neither way (0)';
};

function EvidenceSource({ evidence }: { evidence: Evidence }) {
  if ('seed' in evidence) {
    return (
      <>
        Source: {seedArticles[evidence.seed]}, which says “{evidence.quote}”
      </>
    );
  }
  return (
    <>
      Source: {evidence.framework}, {evidence.part}
    </>
  );
}

/** For each question, each answer's direction, why it counts that way, and what that rests on. */
export function EvidenceList({ questions }: { questions: readonly Question[] }) {
  return (
    <div className="evidence-list">
      {questions.map((question) => (
        <details key={question.id}>
          <summary>{translate(quotedPrompt(question))}</summary>
          <ul>
            {question.options.map((option) => (
              <li key={option.id}>
                <strong>{translate(option.label)}</strong> {directionWords(option.lean)}.
                {option.why ? <> {translate(option.why)}</> : null}
                {option.evidence ? (
                  <span className="evidence-source">
                    <EvidenceSource evidence={option.evidence} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
