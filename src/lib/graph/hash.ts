/** Stable pseudo-randomness: the same id always lands in the same place, on every machine. */

/** 32-bit FNV-1a of the UTF-16 code units of a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, 1) drawn from the text. */
function unitFromText(text: string): number {
  return fnv1a(text) / 0x1_0000_0000;
}

/** A starting position in the square [-spread, spread]² derived from the id and a seed, never from Math.random. */
export function seededPosition(id: string, seed: string, spread: number): { x: number; y: number } {
  return {
    x: (unitFromText(`${seed}\0${id}\0x`) * 2 - 1) * spread,
    y: (unitFromText(`${seed}\0${id}\0y`) * 2 - 1) * spread,
  };
}
