// For `tsc` only: Astro's language tools type `.astro` modules in user projects.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

// The integration's options, served to the site's own modules by a Vite plugin (virtual-config.ts).
declare module 'virtual:astro-newsroom/config' {
  const config: import('./virtual-config.js').ComponentConfig;
  export default config;
}

// Loaders of the on-demand renderers the server bundle may use (virtual-config.ts).
declare module 'virtual:astro-newsroom/renderers' {
  const loaders: import('./render-newsroom.js').RendererLoaders;
  export default loaders;
}
