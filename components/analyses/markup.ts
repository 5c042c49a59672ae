// Writing HTML as strings for the map's large server-drawn parts (its shapes and its table), escaped
// exactly as React escapes text and attribute values, so the bytes are those React would render.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

// ` name="value"` for each attribute whose value is not undefined, in order, as React writes them.
export function attributes(pairs: [string, string | number | undefined][]): string {
  let written = '';
  for (const [name, value] of pairs)
    if (value !== undefined) written += ` ${name}="${escapeHtml(String(value))}"`;
  return written;
}
