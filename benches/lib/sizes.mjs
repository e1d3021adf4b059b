// Transfer sizes of files as a static host would send them: raw, gzip at
// level 9, and brotli at quality 11 (text mode for text files).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** { raw, gzip, brotli } in bytes for one file. */
export function transferSizes(file) {
  const data = readFileSync(file);
  const text = !file.endsWith('.wasm');
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}
