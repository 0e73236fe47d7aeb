// A web-test-runner plugin for mathjs's CommonJS dependencies (escape-latex,
// javascript-natural-sort, seedrandom, tiny-emitter): the browser can only import ES
// modules and @web/dev-server-esbuild does not convert CommonJS, so each of these is
// bundled by esbuild into one ES module whose default export is module.exports.
// Vite does the same for the site (dependency pre-bundling). Needed by any browser test
// that imports src/quiz (grading uses mathjs). Use: plugins: [esbuildPlugin(…), commonjsDeps()].
import { build } from 'esbuild';
import { join } from 'node:path';

const COMMONJS_PACKAGES = /\/node_modules\/(escape-latex|javascript-natural-sort|seedrandom|tiny-emitter)\//;

export function commonjsDeps() {
  return {
    name: 'commonjs-deps',
    async transform(context) {
      if (!COMMONJS_PACKAGES.test(context.path)) return undefined;
      const file = join(process.cwd(), decodeURIComponent(context.path));
      const result = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
      return { body: result.outputFiles[0].text };
    },
  };
}
