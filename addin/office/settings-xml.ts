/**
 * The workbook's BackOfficer settings live in one custom XML part (ExcelApi 1.5): invisible to
 * the user, saved with the file, never sent anywhere. The part holds one JSON object as text.
 */
import { workbookErrors } from './errors.js';

export const SETTINGS_NAMESPACE = 'urn:backofficer:workbook-settings:1';

export type SettingsData = Record<string, unknown>;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'amp') return '&';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

export function settingsToXml(data: SettingsData): string {
  return (
    `<backofficer xmlns="${SETTINGS_NAMESPACE}" version="1">` +
    `<json>${escapeXml(JSON.stringify(data))}</json></backofficer>`
  );
}

/** Reads our part back; throws SETTINGS_UNREADABLE rather than guess (and later overwrite) it. */
export function settingsFromXml(xml: string): SettingsData {
  const cdata = /<json(?:\s[^>]*)?>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/json>/.exec(xml);
  const plain = /<json(?:\s[^>]*)?>([\s\S]*?)<\/json>/.exec(xml);
  const empty = /<json(?:\s[^>]*)?\/>/.test(xml);
  if (!cdata && !plain) {
    if (empty) return {};
    throw workbookErrors.settingsUnreadable();
  }
  const text = cdata ? cdata[1]! : unescapeXml(plain![1]!);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as SettingsData;
  } catch {
    throw workbookErrors.settingsUnreadable();
  }
}
