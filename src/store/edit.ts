// Comment-preserving edits: walk the existing YAML document alongside the new plain value and
// change only the nodes whose value differs. Untouched nodes keep their comments, key order,
// quoting and layout, so a hand-edited file stays the person's file after career writes it.
import { isMap, isScalar, isSeq, isPair, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { quoteIfAmbiguous } from './yamlio.js';

type Plain = string | number | boolean | null | undefined | Plain[] | { [k: string]: Plain };

const isRecord = (v: unknown): v is Record<string, Plain> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0);

function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, { Scalar: (_k, n) => { quoteIfAmbiguous(n); } });
  return node;
}

function keyOf(pairKey: unknown): string {
  return isScalar(pairKey) ? String(pairKey.value) : String(pairKey);
}

function updateMap(doc: Document, map: YAMLMap, value: Record<string, Plain>): void {
  for (const pair of [...map.items]) {
    const key = keyOf(pair.key);
    if (value[key] === undefined) map.delete(pair.key);
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const pair = map.items.find((p) => isPair(p) && keyOf(p.key) === key);
    if (pair) {
      pair.value = updateNode(doc, pair.value as Node | null, v);
    } else if (!isEmpty(v)) {
      // A key the person left out stays out while it holds only its default (empty) value.
      map.add(doc.createPair(key, createNode(doc, v)));
    }
  }
}

/** Update `node` in place to hold `value`; returns the node to keep (a new one if the shape changed). */
export function updateNode(doc: Document, node: Node | null, value: unknown): Node {
  if (isMap(node) && isRecord(value)) {
    updateMap(doc, node, value);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items.length = Math.min(node.items.length, value.length);
    value.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = updateNode(doc, node.items[i] as Node | null, v);
      else node.items.push(createNode(doc, v));
    });
    return node;
  }
  const scalarValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (isScalar(node) && scalarValue) {
    if (node.value !== value) {
      node.value = value;
      // A block scalar (| or >) can hold anything; a plain one may need quotes now.
      if (node.type === 'PLAIN' || node.type === undefined) quoteIfAmbiguous(node);
    }
    return node;
  }
  return createNode(doc, value);
}

/** Make `doc` hold `value`, changing as little of the text as possible. */
export function updateDocument(doc: Document, value: unknown): void {
  doc.contents = updateNode(doc, doc.contents as Node | null, value) as typeof doc.contents;
}
