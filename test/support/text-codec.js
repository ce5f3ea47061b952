/**
 * jest 29's jsdom environment has no TextDecoder / TextEncoder, which every browser Cermat runs in
 * has (the package reader decodes UTF-8 with it). Node's own are the same API.
 */
if (typeof globalThis.TextDecoder === 'undefined') {
  const util = require('node:util');
  globalThis.TextDecoder = util.TextDecoder;
  globalThis.TextEncoder = util.TextEncoder;
}
