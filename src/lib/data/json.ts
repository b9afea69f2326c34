/** JSON files as the exports write them: indented by two spaces, ending in a newline, like `npm run --silent mentions`. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
