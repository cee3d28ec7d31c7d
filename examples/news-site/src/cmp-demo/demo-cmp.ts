/**
 * A demo consent management platform for the page /cmp-demo/, built from the
 * IAB's reference libraries: `@iabtechlabtcf/cmpapi` serves `__tcfapi`,
 * `@iabtechlabtcf/core` encodes the TC string. Its vendor list is a local
 * fixture (vendor 902 stands for the built-in "example" poll provider), so
 * nothing is fetched. A real site runs its own CMP instead; the consent
 * script only reads `__tcfapi`.
 */
import { CmpApi } from '@iabtechlabtcf/cmpapi';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import vendorList from './vendor-list.json';

/** The fixture vendor the site's `example` provider is configured with (astro.config.mjs). */
export const demoVendorId = 902;
const storageKey = 'newsroom-demo-tc-string';

const gvl = new GVL(vendorList as never);
const api = new CmpApi(300, 1, true);

/** A TC string: consent for the demo vendor and purpose 1, or for nothing. */
function encode(consent: boolean): string {
  const model = new TCModel(gvl);
  model.cmpId = 300;
  model.cmpVersion = 1;
  model.isServiceSpecific = true;
  model.vendorConsents.set(consent ? [demoVendorId] : []);
  model.purposeConsents.set(consent ? [1] : []);
  return TCString.encode(model);
}

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

const banner = document.querySelector<HTMLElement>('[data-demo-cmp]');

/** Shows or hides the banner and tells `__tcfapi` listeners (`cmpuishown`, then `useractioncomplete`). */
function update(tcString: string, bannerShown: boolean): void {
  if (banner) banner.hidden = !bannerShown;
  api.update(tcString, bannerShown);
}

function choose(consent: boolean): void {
  const tcString = encode(consent);
  try {
    localStorage.setItem(storageKey, tcString);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
  update(tcString, false);
}

// A stored choice answers at once (`tcloaded`); a first visit shows the banner.
update(stored() ?? '', stored() === null);
document.querySelector('[data-demo-cmp-accept]')?.addEventListener('click', () => choose(true));
document.querySelector('[data-demo-cmp-reject]')?.addEventListener('click', () => choose(false));
document.querySelector('[data-demo-cmp-open]')?.addEventListener('click', () => update(stored() ?? '', true));
