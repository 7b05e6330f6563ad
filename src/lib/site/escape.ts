/**
 * The one escaper for markup the project writes as text: prose HTML (prose.ts), embed codes,
 * exported and share-card SVG. Safe in element content and in quoted attribute values of HTML
 * and XML alike (&apos; is defined in both).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeMarkup = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
