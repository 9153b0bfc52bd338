import { msg } from '@lingui/core/macro';
import type { SeedFile } from '../engine/index.ts';
import type { Message } from '../engine/types.ts';

/** An article's title: the name of an English article, so it stays in English, and the same words as a message. */
export interface SeedArticleTitle {
  readonly title: string;
  /** The title in the reader's language, to show beside the English one on a page in another language. */
  readonly translation: Message;
}

/** The titles of the two articles the role facts come from. */
export const seedArticleTitles: Readonly<Record<SeedFile, SeedArticleTitle>> = {
  '000_0bce19b767154173.txt': {
    title: 'Project Management vs. Technical Product Management: What’s the Difference?',
    translation: msg({
      message: 'Project Management vs. Technical Product Management: What’s the Difference?',
      comment:
        'The title of an English article, shown after the English title on a page in another language.',
    }),
  },
  '002_3df570e5d625a93c.txt': {
    title: 'Technical Product Manager vs. Technical Project Manager: Key Differences and Roles in Tech',
    translation: msg({
      message: 'Technical Product Manager vs. Technical Project Manager: Key Differences and Roles in Tech',
      comment:
        'The title of an English article, shown after the English title on a page in another language.',
    }),
  },
};

/** The two articles as a reader would cite them, in English as published: the title, and the author and year if given. */
export const seedArticles: Readonly<Record<SeedFile, string>> = {
  '000_0bce19b767154173.txt': `“${seedArticleTitles['000_0bce19b767154173.txt'].title}”`,
  '002_3df570e5d625a93c.txt': `“${seedArticleTitles['002_3df570e5d625a93c.txt'].title}” (M Clark, 2025)`,
};
