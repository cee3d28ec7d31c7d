/** Registers bench/scale.ts (the SCALE engineer's): ms per article on Sätteri in-process, 100 to 10,000 articles. */
import { measureScale } from '../scale.ts';
import type { Part } from './part.ts';

export const part: Part = {
  id: 'scale',
  what: 'Sätteri in-process: ms per article from 100 to 10,000 articles',
  async run({ smoke, rounds }) {
    const points = Array.from({ length: rounds }, () => measureScale(smoke));
    const growth = points.map(
      (p) => (p.at(-1)?.newsroomMsPerArticle ?? Number.NaN) / (p[0]?.newsroomMsPerArticle ?? Number.NaN),
    );
    return { measured: { 'scale-satteri-per-article': growth }, data: { rounds: points } };
  },
};
