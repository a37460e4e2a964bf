/**
 * Extracts from NetBox 4.2's OpenAPI document (../shared/reference/netbox-4.2-openapi.yaml, 4 MB,
 * outside this repository) the facts the conformance test checks, into a small committed JSON:
 * for every list endpoint, the object's keys in order, its brief keys, and its filter parameters.
 *
 *   pnpm tsx test/reference/extract.ts [path/to/netbox-openapi.yaml]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { endpointFacts } from './endpoints.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? path.resolve(here, '../../../shared/reference/netbox-4.2-openapi.yaml');
const doc = parse(readFileSync(source, 'utf8'));
const endpoints = endpointFacts(doc);
const out = path.join(here, 'netbox-4.2-endpoints.json');
writeFileSync(out, JSON.stringify({ source: path.basename(source), endpoints }, null, 1) + '\n');
console.log(`${Object.keys(endpoints).length} endpoints → ${path.relative(process.cwd(), out)}`);
