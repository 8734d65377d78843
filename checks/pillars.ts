/** The six Well-Architected pillars, the axis every rule, guide and score is organised on. */
import { z } from 'zod';

export const Pillar = z.enum(['security', 'reliability', 'performance', 'cost', 'operations', 'sustainability']);
export type Pillar = z.infer<typeof Pillar>;
