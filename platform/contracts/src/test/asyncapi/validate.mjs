// Parses an AsyncAPI document with the official parser (@asyncapi/parser) and fails on any error diagnostic.
// Usage: node validate.mjs <path/to/asyncapi.yaml>
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { Parser, fromFile, DiagnosticSeverity } = require('@asyncapi/parser');
const { version } = require('@asyncapi/parser/package.json');

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <asyncapi.yaml>');
  process.exit(2);
}
const path = resolve(file);
const severities = { 0: 'error', 1: 'warning', 2: 'information', 3: 'hint' };

const { document, diagnostics } = await fromFile(new Parser(), path).parse();
const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
const warnings = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning);

for (const d of diagnostics.filter((d) => d.severity <= DiagnosticSeverity.Warning)) {
  const where = d.path && d.path.length ? d.path.join('.') : '(document)';
  const line = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '?';
  console.error(`${severities[d.severity]} ${d.code} at ${where} (line ${line}): ${d.message}`);
}
if (errors.length > 0 || document === undefined) {
  console.error(`asyncapi: ${path} is NOT valid (@asyncapi/parser ${version}): ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`asyncapi: ${path} is valid AsyncAPI ${document.version()} (@asyncapi/parser ${version}): `
  + `${document.channels().length} channels, ${document.operations().length} operations, `
  + `${document.components().messages().length} messages, ${warnings.length} warning(s)`);
