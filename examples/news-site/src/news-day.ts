/**
 * The example's news day. Its articles are from June 2024, so its Google News
 * sitemap counts the two days back from then; a real site leaves `now` out
 * (the build time).
 */
export const newsDay = new Date('2024-06-19T18:00:00+02:00');
