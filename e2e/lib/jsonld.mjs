// Expands JSON-LD with the npm `jsonld` processor, offline: the document
// loader answers from the pinned contexts in e2e/contexts and refuses any
// other address. `expandStrict` uses the processor's safe mode, which
// fails on any term the context does not define (a property that would be
// dropped silently), so an export with a misspelt property fails.

import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';

const dir = new URL('../contexts/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const anno = read('anno.jsonld');
const schema = read('schemaorg-29.4.jsonld');

export const CONTEXTS = new Map([
  ['http://www.w3.org/ns/anno.jsonld', anno],
  ['https://www.w3.org/ns/anno.jsonld', anno],
  ['https://schema.org', schema],
  ['https://schema.org/', schema],
  ['http://schema.org', schema],
  ['http://schema.org/', schema],
]);

/** The addresses the loader was asked for (every one must be in CONTEXTS). */
export const asked = [];

async function documentLoader(url) {
  asked.push(url);
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`no local copy of the JSON-LD document ${url}; the tests never fetch one`);
  return { contextUrl: null, documentUrl: url, document };
}

/** The expanded form of `doc`; throws when any term would be dropped. */
export function expandStrict(doc) {
  return jsonld.expand(doc, { documentLoader, safe: true });
}

/** Every value of `property` (an IRI) anywhere in an expanded document. */
export function valuesOf(expanded, property) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === property) out.push(...(Array.isArray(x) ? x : [x]));
        walk(x);
      }
    }
  };
  walk(expanded);
  return out;
}

/** Every type IRI anywhere in an expanded document. */
export function typesOf(expanded) {
  return valuesOf(expanded, '@type').flat();
}
