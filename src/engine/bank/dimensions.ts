import { msg } from '@lingui/core/macro';
import type { Dimension } from '../types.ts';

export const dimensions: readonly Dimension[] = [
  {
    id: 'direction',
    name: msg`Where you put your effort`,
    productPole: msg`Deciding where to go: vision and strategy`,
    projectPole: msg`Getting there: planning and execution`,
    productLean: msg({
      message: 'deciding where to go: vision and strategy',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'getting there: planning and execution',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'compass',
    name: msg`What you steer by`,
    productPole: msg`Customers and the market`,
    projectPole: msg`Schedule, budget and people`,
    productLean: msg({
      message: 'customers and the market',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'schedule, budget and people',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'uncertainty',
    name: msg`How you handle the unknown`,
    productPole: msg`Exploring: learning your way through ambiguity`,
    projectPole: msg`Controlling: predictability and risk management`,
    productLean: msg({
      message: 'exploring: learning by trying',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'controlling: predictability and managing risk',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'measure',
    name: msg`How you judge success`,
    productPole: msg`Outcomes: adoption, satisfaction, revenue`,
    projectPole: msg`Delivery: on time, on budget, in scope`,
    productLean: msg({
      message: 'outcomes: adoption, satisfaction, revenue',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'delivery: on time, on budget, in scope',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'ownership',
    name: msg`What you want to own`,
    productPole: msg`What gets built, and in what order`,
    projectPole: msg`Who does what, and when`,
    productLean: msg({
      message: 'what gets built, and in what order',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'who does what, and when',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'people',
    name: msg`Who you work with most`,
    productPole: msg`Customers, designers, sales and marketing`,
    projectPole: msg`The delivery team, sponsors, managers and clients`,
    productLean: msg({
      message: 'customers, designers, sales and marketing',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'the delivery team, sponsors, managers and clients',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'toolkit',
    name: msg`Your tools and methods`,
    productPole: msg`Product plans, feature write-ups and rough screen sketches`,
    projectPole: msg`Task charts, project plans and progress reports`,
    productLean: msg({
      message: 'product plans, feature write-ups and rough screen sketches',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'task charts, project plans and progress reports',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'career',
    name: msg`Where you want to grow`,
    productPole: msg`Senior Product Manager, Director of Product, Chief Product Officer`,
    projectPole: msg`Program Manager, PMO Director, Operations Manager`,
    productLean: msg({
      message: 'Senior Product Manager, Director of Product, Chief Product Officer',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'Program Manager, PMO Director, Operations Manager',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
  {
    id: 'technical',
    name: msg`Your part in technical work`,
    productPole: msg`Shaping what the software does, and for whom`,
    projectPole: msg`Running how the technical work gets delivered`,
    productLean: msg({
      message: 'shaping what the software does, and for whom',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
    projectLean: msg({
      message: 'running how the technical work gets delivered',
      comment: 'One side of a theme, written to follow “toward” in “You lean toward …”',
    }),
  },
];
