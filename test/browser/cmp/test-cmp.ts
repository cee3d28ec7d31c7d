/**
 * A CMP for the test page, built from the IAB's reference libraries:
 * `@iabtechlabtcf/core` encodes real TC strings against a local vendor list
 * (nothing is fetched), `@iabtechlabtcf/cmpapi` serves `__tcfapi` (and takes
 * over the IAB stub's queue when the stub was there first). Bundled for the
 * page by esbuild (see tcf-page.ts); the test drives it through
 * `window.testCmp`, or through `data-initial` on its script tag, which runs
 * before the page's module scripts.
 */
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { GVL, PurposeRestriction, RestrictionType, TCModel, TCString } from '@iabtechlabtcf/core';
import vendorList from '../../../examples/news-site/src/cmp-demo/vendor-list.json' with { type: 'json' };

/** What the reader chose: vendors and purposes with consent, legitimate interests, and publisher restrictions. */
export interface Choice {
  vendors?: number[];
  purposes?: number[];
  legitimateInterests?: { vendors: number[]; purposes: number[] };
  /** Purposes the publisher does not allow a vendor (restriction type 0). */
  notAllowed?: { vendor: number; purpose: number }[];
}

/** One step of the CMP: its banner shown, a choice saved (with or without the banner), or GDPR not applying. */
export type CmpStep = { show: true; choice?: Choice } | { show?: false; choice: Choice } | { outsideGdpr: true };

const gvl = new GVL(vendorList as never);
let api: CmpApi | undefined;

function encode(choice: Choice): string {
  const model = new TCModel(gvl);
  model.cmpId = 300;
  model.cmpVersion = 1;
  model.isServiceSpecific = true;
  model.vendorConsents.set(choice.vendors ?? []);
  model.purposeConsents.set(choice.purposes ?? []);
  model.vendorLegitimateInterests.set(choice.legitimateInterests?.vendors ?? []);
  model.purposeLegitimateInterests.set(choice.legitimateInterests?.purposes ?? []);
  for (const { vendor, purpose } of choice.notAllowed ?? []) {
    model.publisherRestrictions.add(vendor, new PurposeRestriction(purpose, RestrictionType.NOT_ALLOWED));
  }
  return TCString.encode(model);
}

const testCmp = {
  /** Every TC string the CMP has served, for the test to decode and check. */
  served: [] as (string | null)[],
  step(step: CmpStep): void {
    api ??= new CmpApi(300, 1, true);
    if ('outsideGdpr' in step) {
      testCmp.served.push(null);
      api.update(null);
      return;
    }
    const tcString = step.choice ? encode(step.choice) : '';
    testCmp.served.push(tcString);
    api.update(tcString, Boolean(step.show));
  },
};

declare global {
  interface Window {
    testCmp: typeof testCmp;
  }
}

window.testCmp = testCmp;

const initial = (document.currentScript as HTMLScriptElement | null)?.dataset.initial;
for (const step of initial ? (JSON.parse(initial) as CmpStep[]) : []) testCmp.step(step);
