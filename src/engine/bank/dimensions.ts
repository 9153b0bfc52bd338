import type { Dimension } from '../types.ts';

export const dimensions: readonly Dimension[] = [
  {
    id: 'direction',
    name: 'Where you put your effort',
    productPole: 'Deciding where to go: vision and strategy',
    projectPole: 'Getting there: planning and execution',
  },
  {
    id: 'compass',
    name: 'What you steer by',
    productPole: 'Customers and the market',
    projectPole: 'Schedule, budget and people',
  },
  {
    id: 'uncertainty',
    name: 'How you handle the unknown',
    productPole: 'Exploring: learning your way through ambiguity',
    projectPole: 'Controlling: predictability and risk management',
  },
  {
    id: 'measure',
    name: 'How you judge success',
    productPole: 'Outcomes: adoption, satisfaction, revenue',
    projectPole: 'Delivery: on time, on budget, in scope',
  },
  {
    id: 'ownership',
    name: 'What you want to own',
    productPole: 'What gets built, and in what order',
    projectPole: 'Who does what, and when',
  },
  {
    id: 'people',
    name: 'Who you work with most',
    productPole: 'Customers, designers, sales and marketing',
    projectPole: 'The delivery team, sponsors, managers and clients',
  },
  {
    id: 'toolkit',
    name: 'Your tools and methods',
    productPole: 'Product plans, feature write-ups and rough screen sketches',
    projectPole: 'Task charts, project plans and progress reports',
  },
  {
    id: 'career',
    name: 'Where you want to grow',
    productPole: 'Senior Product Manager, Director of Product, Chief Product Officer',
    projectPole: 'Program Manager, PMO Director, Operations Manager',
  },
  {
    id: 'technical',
    name: 'Your part in technical work',
    productPole: 'Shaping what the software does, and for whom',
    projectPole: 'Running how the technical work gets delivered',
  },
];
