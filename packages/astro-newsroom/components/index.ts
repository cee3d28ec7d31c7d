export { default as Correction } from './Correction.astro';
export { default as Credit } from './Credit.astro';
export { default as NewsArticleJsonLd } from './NewsArticleJsonLd.astro';
export { default as Poll } from './Poll.astro';
export { default as Quote } from './Quote.astro';
export { default as Summary } from './Summary.astro';
export { default as TopicLink, default as Topic } from './Topic.astro';
export { default as TrustBadge } from './TrustBadge.astro';
export { default as Update } from './Update.astro';
