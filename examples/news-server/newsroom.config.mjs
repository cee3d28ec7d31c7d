/** The example site's newsroom options: examples/news-site's own, shared by the Node and the Cloudflare build. */
export { newsroomOptions } from '../news-site/newsroom.config.mjs';
