// HTML text made safe: every piece of user text goes through `esc` before it is part of the
// document (element content and attribute values alike), so a title cannot open a tag or end
// an attribute. Used by the HTML report and its SVG pictures.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** An element with escaped attribute values; `inner` is markup already made safe. */
export function tag(name: string, attrs: Record<string, string | number | undefined>, inner = ''): string {
  const a = Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${esc(String(v))}"`).join('');
  return `<${name}${a}>${inner}</${name}>`;
}
