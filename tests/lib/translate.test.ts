import { i18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { afterEach, describe, expect, it } from 'vitest';
import { quoted } from '../../src/engine/message.ts';
import { englishCatalogs as english } from '../english-catalogs.ts';
import { translate } from '../../src/lib/translate.ts';

describe('translate', () => {
  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('puts a message with a plural and a quoted message into words', () => {
    const option = quoted(msg`Plan the work`);
    const answered = 3;
    const sentence = msg`You chose “${option}” in ${plural(answered, { one: '# answer', other: '# answers' })}.`;
    expect(translate(sentence)).toBe('You chose “Plan the work” in 3 answers.');
  });

  it('reads the words of the active language, the quoted message too', () => {
    const label = msg`Plan the work`;
    const option = quoted(label);
    const sentence = msg`You chose “${option}”.`;
    i18n.loadAndActivate({
      locale: 'es',
      messages: { [label.id]: ['Planificar el trabajo'], [sentence.id]: ['Elegiste «', ['option'], '».'] },
    });
    expect(translate(sentence)).toBe('Elegiste «Planificar el trabajo».');
  });
});
