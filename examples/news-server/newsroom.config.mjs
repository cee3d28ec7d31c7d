/** The example site's newsroom options (as in examples/news-site), shared by the Node and the Cloudflare build. */
export const newsroomOptions = {
  locale: 'de-CH',
  publisher: {
    name: 'Newsroom Beispiel',
    url: '/',
    publishingPrinciples: '/so-arbeitet-die-redaktion',
    correctionsPolicy: '/so-arbeitet-die-redaktion#fehler',
    ethicsPolicy: '/so-arbeitet-die-redaktion#richtlinien',
    jti: { certified: true, url: '/so-arbeitet-die-redaktion#jti' },
  },
};
