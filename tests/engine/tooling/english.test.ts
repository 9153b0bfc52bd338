import { msg, plural } from '@lingui/core/macro';
import { describe, expect, it } from 'vitest';
import { questionBank, quotedPrompt } from '../../../src/engine/index.ts';
import { quoted } from '../../../src/engine/message.ts';
import { englishOf } from '../../../src/engine/tooling/english.ts';
import { translate } from '../../../src/lib/translate.ts';

describe('englishOf', () => {
  it('reads a message’s English with its named values, a message value in its own English', () => {
    const option = quoted(msg`Plan the work`);
    const count = 3;
    expect(englishOf(msg`You chose “${option}” ${count} times.`)).toBe('You chose “Plan the work” 3 times.');
  });

  it('reads every prompt of the bank, as asked and as quoted, as the page does in English', () => {
    for (const question of questionBank.questions) {
      expect(englishOf(question.prompt)).toBe(translate(question.prompt));
      expect(englishOf(quotedPrompt(question))).toBe(translate(quotedPrompt(question)));
    }
  });

  it('refuses a plural rather than give words no page would show', () => {
    const count = 2;
    expect(() => englishOf(msg`${plural(count, { one: '# answer', other: '# answers' })} saved`)).toThrow(
      /cannot fill in/,
    );
  });

  it('refuses a message without its English source, as a production build leaves it', () => {
    expect(() => englishOf({ id: 'abc123' })).toThrow(/no English source/);
  });
});
