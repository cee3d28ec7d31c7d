// For `tsc` only: Astro's language tools type `.astro` modules in user projects.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
