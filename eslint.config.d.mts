// Types of what tests/lint/layer-boundaries.test.ts reads from eslint.config.mjs.
export declare const LIB_FOLDER_ORDER: string[];
declare const config: unknown[];
export default config;
