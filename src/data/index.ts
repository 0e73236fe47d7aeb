/**
 * MNIST data for both engines, Node and the browser alike (no Node APIs here):
 * idx parsing, the dataset type, batch filling (x = pixel / 255), seeded epoch order,
 * the browser asset manifest and a fetch-based loader. Node-only file access
 * (reading the idx files, building the assets, atomic writes) is in './node'.
 */
export * from './idx';
export * from './dataset';
export * from './batch';
export * from './shuffle';
export * from './checksum';
export * from './assets';
export * from './fetch-loader';
