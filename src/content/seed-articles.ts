import type { SeedFile } from '../engine/index.ts';

/** The two articles the role facts come from, as a reader would cite them. */
export const seedArticles: Readonly<Record<SeedFile, string>> = {
  '000_0bce19b767154173.txt': '“Project Management vs. Technical Product Management: What’s the Difference?”',
  '002_3df570e5d625a93c.txt':
    '“Technical Product Manager vs. Technical Project Manager: Key Differences and Roles in Tech” (M Clark, 2025)',
};
