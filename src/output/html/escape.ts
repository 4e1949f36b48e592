const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one place text enters the HTML report. Escapes the five characters that
 * can end a text node or a quoted attribute (& < > " '), so the result is safe
 * both between tags and inside "…" or '…' attribute values: `<script>` in a
 * report stays the text "<script>", and `" onmouseover="…` cannot leave its
 * attribute. Everything the report shows from input or facts goes through here;
 * only the report's own fixed markup, CSS and numbers it formats itself do not.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
