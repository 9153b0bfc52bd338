import { Trans } from '@lingui/react/macro';
import { seedArticles } from '../content/seed-articles.ts';
import { quotedPrompt } from '../engine/index.ts';
import type { Evidence, Question } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';

/** An answer and the way it leans, with its points, as one sentence. */
function OptionDirection({ label, lean }: { label: string; lean: number }) {
  if (lean > 0) {
    return (
      <Trans>
        <strong>{label}</strong> leans product (+{lean}).
      </Trans>
    );
  }
  if (lean < 0) {
    return (
      <Trans>
        <strong>{label}</strong> leans project ({lean}).
      </Trans>
    );
  }
  return (
    <Trans>
      <strong>{label}</strong> leans neither way (0).
    </Trans>
  );
}

function EvidenceSource({ evidence }: { evidence: Evidence }) {
  if ('seed' in evidence) {
    const article = seedArticles[evidence.seed];
    // The quote stays in the article's English: it is checked word for word against the article.
    const quote = evidence.quote;
    return (
      <Trans>
        Source: {article}, which says “{quote}”
      </Trans>
    );
  }
  const framework = evidence.framework;
  const part = evidence.part;
  return (
    <Trans>
      Source: {framework}, {part}
    </Trans>
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
                <OptionDirection label={translate(option.label)} lean={option.lean} />
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
