/**
 * YAML scalars for generated frontmatter: plain when YAML reads them back
 * unchanged, otherwise double-quoted (a JSON string is valid YAML).
 */

const UNSAFE_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/u;
const LOOKS_TYPED = /^(?:true|false|yes|no|on|off|null|~|[-+.]?\d.*)$/iu;
const FLOW_UNSAFE = /[,[\]{}]/u;

/** One scalar; `flow` for a value inside `[ … ]`. */
export function yamlScalar(value: string, flow = false): string {
  const plain =
    value !== '' &&
    value === value.trim() &&
    !UNSAFE_START.test(value) &&
    !LOOKS_TYPED.test(value) &&
    !/[\n\r\t]/u.test(value) &&
    !value.includes(': ') &&
    !value.includes(' #') &&
    !value.endsWith(':') &&
    !(flow && FLOW_UNSAFE.test(value));
  return plain ? value : JSON.stringify(value);
}

/** `[a, b]` for a list of short values. */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map((value) => yamlScalar(value, true)).join(', ')}]`;
}
