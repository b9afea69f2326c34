/**
 * Browser code run by Decap CMS before it saves an entry. Decap writes an
 * optional field left blank as `""` (and an untouched group as `{ date: "" }`),
 * which the checker rightly refuses as "not a date"; Decap 3 has no setting to
 * leave such fields out. This drops empty text, empty lists and groups left
 * empty, recursively, so the file holds only what the contributor wrote.
 *
 * It is plain JavaScript, served as admin/start.js beside Decap's bundle, and
 * works on Decap's entry data, an Immutable.js Map, through the methods every
 * Immutable collection has (`map`, `filter`, `size`).
 */
export const DROP_EMPTY_FIELDS = `function dropEmptyFields(value) {
  var isCollection = function (item) { return item !== null && typeof item === 'object' && typeof item.toJS === 'function'; };
  var isEmpty = function (item) { return item === '' || item === null || item === undefined || (isCollection(item) && item.size === 0); };
  if (!isCollection(value)) return value;
  return value.map(dropEmptyFields).filter(function (item) { return !isEmpty(item); });
}`;

/** The script that registers the Arabic phrases and the pre-save clean-up, then starts the CMS. */
export function startScript(phrases: object): string {
  return `${DROP_EMPTY_FIELDS}
window.CMS.registerLocale('ar', ${JSON.stringify(phrases)});
window.CMS.registerEventListener({ name: 'preSave', handler: function (event) { return dropEmptyFields(event.entry.get('data')); } });
window.CMS.init();
`;
}
