import { Trans } from '@lingui/react/macro';
import { quotedPrompt } from '../engine/index.ts';
import type { Evidence, Question } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { SeedArticleName } from './claim.tsx';

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

/**
 * Where an answer's direction comes from. Quotes and framework names stay in the English they were
 * published in (marked as English, for screen readers), and a page in another language adds a
 * translation, marked as one.
 */
function EvidenceSource({ evidence }: { evidence: Evidence }) {
  const translation = translate(evidence.translation);
  if ('seed' in evidence) {
    const article = <SeedArticleName seed={evidence.seed} />;
    // The quote stays in the article's English: it is checked word for word against the article.
    const quote = <span lang="en">{evidence.quote}</span>;
    if (translation === evidence.quote) {
      return (
        <Trans>
          Source: {article}, which says “{quote}”
        </Trans>
      );
    }
    return (
      <Trans comment="{quote} is the article's own English words; {translation} is your translation of them.">
        Source: {article}, which says “{quote}” (in translation: “{translation}”)
      </Trans>
    );
  }
  const framework = <span lang="en">{evidence.framework}</span>;
  const part = <span lang="en">{evidence.part}</span>;
  if (translation === evidence.part) {
    return (
      <Trans>
        Source: {framework}, {part}
      </Trans>
    );
  }
  return (
    <Trans comment="{framework} and {part} are a public framework's English names; {translation} is your translation of the part's name.">
      Source: {framework}, {part} (in translation: {translation})
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
