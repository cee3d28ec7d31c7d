/** Every part of the bench, in the order a full run takes them. A new part: one file in this folder and one line here. */
import { part as check } from './check.ts';
import { part as collection } from './collection.ts';
import { part as growth } from './growth.ts';
import { part as lighthouse } from './lighthouse.ts';
import { part as ondemand } from './ondemand.ts';
import { part as pages } from './pages.ts';
import type { Part } from './part.ts';
import { part as peer } from './peer.ts';
import { part as scale } from './scale.ts';
import { part as staticBuild } from './static-build.ts';
import { part as unified } from './unified.ts';
import { part as weight } from './weight.ts';

export const parts: readonly Part[] = [
  unified,
  peer,
  growth,
  check,
  weight,
  scale,
  pages,
  collection,
  lighthouse,
  ondemand,
  staticBuild,
];
