// The parts of yaml career uses (the strict reader and the comment-keeping editor), bundled by
// the build into one minified file as zod.ts is, for the same reason: yaml's forty-odd modules
// cost a write twice the time of the one file.
export { Composer, Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, YAMLParseError } from 'yaml';
export type { CST, Node, ScalarTag, Tags, YAMLError, YAMLMap } from 'yaml';
