/**
 * The newsroom options of the test site, as a site with a TCF CMP writes
 * them (the docs page "Consent and CMPs" quotes this file). The vendor ids
 * are the fixture vendors of examples/news-site/src/cmp-demo/vendor-list.json, not real ones: Civey's is not
 * public, and a site looks its providers up in its CMP's vendor list.
 */
export const civeyVendorId = 901;
export const exampleVendorId = 902;

export const newsroomOptions = {
  providers: {
    civey: {
      tcf: { vendorId: civeyVendorId, purposes: [1, 8] },
    },
    example: {
      tcf: { vendorId: exampleVendorId, purposes: [1] },
    },
  },
  consent: { outsideGdpr: 'ask' },
} as const;
