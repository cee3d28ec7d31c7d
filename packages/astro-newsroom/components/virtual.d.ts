declare module 'virtual:astro-newsroom/config' {
  const config: import('../dist/virtual-config.js').ComponentConfig;
  export default config;
}
