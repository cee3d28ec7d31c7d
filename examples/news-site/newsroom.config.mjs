/** The example site's newsroom options, one object for its static build and for examples/news-server (Node and Cloudflare). */
export const newsroomOptions = {
  locale: 'de-CH',
  // The CMP demo page (/cmp-demo/): the example provider as vendor 902 of the demo's fixture vendor list.
  providers: { example: { tcf: { vendorId: 902, purposes: [1] } } },
  publisher: {
    name: 'Newsroom Beispiel',
    url: '/',
    publishingPrinciples: '/so-arbeitet-die-redaktion',
    correctionsPolicy: '/so-arbeitet-die-redaktion#fehler',
    ethicsPolicy: '/so-arbeitet-die-redaktion#richtlinien',
    jti: { certified: true, url: '/so-arbeitet-die-redaktion#jti' },
  },
};
