/** Reference-engine steps turned into words and printable parts, in English and Korean. */
export * from './equation';
export * from './conv';
export * from './pool';
export * from './scatter';
