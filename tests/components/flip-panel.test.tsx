import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FlipPanel } from '../../src/components/flip-panel.tsx';
import { closestFlip, questionBank, quotedPrompt } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';

describe('the flip panel', () => {
  it('quotes an interest item with its stem, so the activity does not read as a skill to rate', () => {
    // Two activities rated, one each way but not equally: one rating would tip it.
    const answers = { 'customer-slowdowns': 'a-little', 'split-time-and-money': 'a-little' };
    render(<FlipPanel answers={answers} />);
    const panel = screen.getByRole('region', { name: 'What would change your result' });
    const changes = closestFlip(answers)?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      const question = questionBank.questions.find((candidate) => candidate.id === change.questionId);
      if (!question) throw new Error(`No question ${change.questionId}`);
      expect(question.kind).toBe('interest');
      expect(within(panel).getByText(translate(quotedPrompt(question)), { selector: 'q' })).toHaveTextContent(
        /^How much would you enjoy: .+\?$/,
      );
    }
  });
});
