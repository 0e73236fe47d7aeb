// Custom Elements Manifest for the library (dist/lib/custom-elements.json), read by
// editors and documentation tools: `cem analyze --config src/build/cem.config.mjs`.
export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/index.ts'],
  outdir: 'dist/lib',
  litelement: true,
  // The analyzer would otherwise add a "customElements" field to package.json on every build.
  packagejson: false,
};
