// npm run screenshot: captures the result screen for the README from a running build (start one with
// `npm start`), on a desktop and on a 390 x 844 phone, and on the phone the path page, a question and the
// list of answers to change too; and the result on the phone in every other language the app speaks.
// Usage: npm run screenshot -- [base URL]
import { chromium } from 'playwright-core';
import { createRandom, evaluate, questionBank } from '../src/engine/index.ts';
import { makePerson, populationStyle, sitQuiz } from '../src/engine/tooling/simulate.ts';
import { localePrefix, locales, sourceLocale } from '../src/lib/locales.ts';
import { translate } from '../src/lib/translate.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';

const baseUrl = process.argv[2] ?? 'http://localhost:4173';
// A seeded respondent who leans toward product, with some answers pulling the other way.
const random = createRandom(11);
const person = makePerson({ interest: { product: 0.8, project: 0.45 }, lean: 0.35 }, populationStyle, random);
const answers = sitQuiz(person, populationStyle, random);
const evaluation = evaluate(answers);

const saved = JSON.stringify({
  state: { answers, bankVersion: questionBank.version, startedAt: 1, updatedAt: 1 },
  version: 1,
});

/** Where each screenshot goes, and the window it is taken in. */
const phone = { width: 390, height: 844 };
const shots = [
  { path: 'docs/result-screen.png', route: '/result', viewport: { width: 960, height: 1400 }, phone: false },
  { path: 'docs/result-screen-phone.png', route: '/result', viewport: phone, phone: true },
  { path: 'docs/path-screen-phone.png', route: `/path/${evaluation.track}`, viewport: phone, phone: true },
  { path: 'docs/question-screen-phone.png', route: '/quiz/5', viewport: phone, phone: true },
  { path: 'docs/answers-screen-phone.png', route: '/answers', viewport: phone, phone: true },
  ...locales
    .filter((locale) => locale !== sourceLocale)
    .map((locale) => ({
      path: `docs/languages/result-screen-phone-${locale}.png`,
      route: `${localePrefix(locale)}/result`,
      viewport: phone,
      phone: true,
    })),
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: 1,
      hasTouch: shot.phone,
      isMobile: shot.phone,
    });
    await page.goto(baseUrl);
    await page.evaluate(`localStorage.setItem('which-tpm:quiz', ${JSON.stringify(saved)})`);
    await page.goto(`${baseUrl}${shot.route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: shot.path });
    await page.close();
    console.log(`Saved ${shot.path}.`);
  }
  console.log(
    `The result shown: ${translate(evaluation.summary)} (${Math.round(evaluation.productShare * 100)}% product).`,
  );
} finally {
  await browser.close();
}
