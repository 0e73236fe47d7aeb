/**
 * `npm run build:wasm`: compiles the AssemblyScript kernels (src/wasm/assembly) into
 * src/wasm/build/kernels-simd.wasm and kernels-relaxed.wasm (git-ignored build outputs
 * that Node reads from disk and vite serves or bundles as assets). Skips a variant whose
 * output is newer than every source file, so test and start scripts can call it each time;
 * `--force` rebuilds, `--wat` also writes the text format next to each binary.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KERNEL_VARIANTS, wasmFileName, type WasmVariant } from './variants';

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, 'assembly');
const outDir = join(here, 'build');

/**
 * Shared compiler flags: optimise for speed (-O3), no garbage collector or allocator (the
 * JavaScript side owns the memory), memory imported so the caller sizes it, and assertions
 * off (the kernels trust the sizes the engine checked).
 */
const COMMON = ['--optimizeLevel', '3', '--shrinkLevel', '0', '--runtime', 'stub', '--importMemory', '--noAssert'];
const FEATURES: Record<WasmVariant, string> = { simd: 'simd', relaxed: 'simd,relaxed-simd' };

function newestSource(): number {
  const inputs = [...readdirSync(sources).map((f) => join(sources, f)), fileURLToPath(import.meta.url), join(here, 'variants.ts')];
  return Math.max(...inputs.map((f) => statSync(f).mtimeMs));
}

function isFresh(file: string, sourceTime: number): boolean {
  try {
    return statSync(file).mtimeMs > sourceTime;
  } catch {
    return false;
  }
}

async function build(variant: WasmVariant, wat: boolean): Promise<void> {
  const out = join(outDir, wasmFileName(variant));
  const args = [join(sources, 'index.ts'), ...COMMON, '--enable', FEATURES[variant], '--outFile', out];
  if (wat) args.push('--textFile', out.replace(/\.wasm$/, '.wat'));
  // Loaded only when something needs compiling: the compiler (binaryen) takes seconds to load.
  const { default: asc } = await import('assemblyscript/asc');
  const { error, stderr } = await asc.main(args);
  if (error) throw new Error(`asc failed for the ${variant} kernels: ${error.message}\n${stderr.toString()}`);
  process.stdout.write(`built ${relative(process.cwd(), out)} (${statSync(out).size} bytes)\n`);
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const wat = process.argv.includes('--wat');
  mkdirSync(outDir, { recursive: true });
  const sourceTime = newestSource();
  for (const variant of KERNEL_VARIANTS) {
    if (!force && !wat && isFresh(join(outDir, wasmFileName(variant)), sourceTime)) continue;
    await build(variant, wat);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
