/** The table of docs/settings.md, rendered from the settings schema so the two cannot drift. */
import { SETTING_NAMES, settingDoc } from './settings.ts';

const TABLE_START = '<!-- settings:start (npm run settings:doc writes this table) -->';
const TABLE_END = '<!-- settings:end -->';

const cell = (value: string): string => value.replaceAll('|', '\\|');

export function settingsTable(): string {
  const rows = SETTING_NAMES.map((name) => {
    const doc = settingDoc(name);
    return `| \`${name}\` | ${cell(doc.description)} | ${cell(doc.allowed)} | ${cell(doc.default)} |`;
  });
  return ['| Variable | What it does | Allowed values | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `document` with the text between the markers replaced by the current table; undefined when a marker is missing. */
export function withSettingsTable(document: string): string | undefined {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return `${document.slice(0, start + TABLE_START.length)}\n${settingsTable()}\n${document.slice(end)}`;
}
