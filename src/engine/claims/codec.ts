/**
 * The compact form of the model's n-gram weights in `weights.json`: each kept
 * n-gram is stored as its 32-bit FNV-1a hash (ascending, little-endian, base64)
 * beside its weight as a signed byte (base64, to be multiplied by `scale`).
 * Loading is a base64 decode and an index; a look-up is a hash probe. With 30,000 kept
 * n-grams an unseen one matches a stored hash about once in 140,000 look-ups.
 */

/** N-gram weights as stored. */
export interface PackedNgrams {
  scale: number
  hashes: string
  weights: string
}

/** N-gram weights ready for look-up. */
export interface NgramTable {
  hashes: Uint32Array
  weights: Int8Array
  scale: number
  /** Open-addressing index of `hashes`: slot `i` holds a hash at `2i` and beside it (in the same cache line) its entry index + 1, 0 when empty. */
  slots: Int32Array
  /**
   * A bit per value of a hash's top `filterBits` bits, set when a stored hash
   * has them: most hashes that are not stored are turned away by this small
   * array (it stays in the cache) without a probe of `slots`.
   */
  filter: Int32Array
}

const filterBits = 18

/** The FNV-1a hash of the empty string, to extend with `extendHash`. */
export const emptyHash = 0x811c9dc5

/** The FNV-1a hash of the name hashed to `hash` followed by `text` (unsigned once finished with `>>> 0`). */
export function extendHash(hash: number, text: string): number {
  let extended = hash
  for (let i = 0; i < text.length; i++) extended = Math.imul(extended ^ text.charCodeAt(i), 0x01000193)
  return extended
}

/** The 32-bit FNV-1a hash of `name` (UTF-16 code units). */
export function hashName(name: string): number {
  return extendHash(emptyHash, name) >>> 0
}

/** Pack n-gram weights; n-grams whose hashes collide share the sum of their weights. */
export function packNgrams(ngrams: Map<string, number>): PackedNgrams {
  const byHash = new Map<number, number>()
  for (const [name, weight] of ngrams) byHash.set(hashName(name), (byHash.get(hashName(name)) ?? 0) + weight)
  const sorted = [...byHash].sort((a, b) => a[0] - b[0])
  const scale = Math.max(...sorted.map(([, weight]) => Math.abs(weight))) / 127 || 1
  const hashes = new Uint32Array(sorted.map(([hash]) => hash))
  const weights = Int8Array.from(sorted, ([, weight]) => Math.round(weight / scale))
  return { scale, hashes: toBase64(new Uint8Array(hashes.buffer)), weights: toBase64(new Uint8Array(weights.buffer)) }
}

/** Decode packed n-gram weights (little-endian platforms, as every JavaScript engine in use). */
export function unpackNgrams(packed: PackedNgrams): NgramTable {
  const hashes = new Uint32Array(fromBase64(packed.hashes).buffer)
  return { hashes, weights: new Int8Array(fromBase64(packed.weights).buffer), scale: packed.scale, slots: indexHashes(hashes), filter: filterHashes(hashes) }
}

/** The index of the n-gram whose hash is `hash` in `table`, or -1 when it is not there. */
export function ngramIndex(table: NgramTable, hash: number): number {
  const top = hash >>> (32 - filterBits)
  if ((table.filter[top >>> 5]! & (1 << (top & 31))) === 0) return -1
  const slots = table.slots
  const mask = slots.length - 2
  const signed = hash | 0
  for (let slot = (hash << 1) & mask; ; slot = (slot + 2) & mask) {
    const entry = slots[slot + 1]! - 1
    if (entry < 0 || slots[slot] === signed) return entry
  }
}

/** The open-addressing index of `hashes` (`NgramTable.slots`), at most half full. */
function indexHashes(hashes: Uint32Array): Int32Array {
  let size = 1
  while (size < hashes.length * 2) size *= 2
  const slots = new Int32Array(size * 2)
  const mask = slots.length - 2
  hashes.forEach((hash, entry) => {
    let slot = (hash << 1) & mask
    while (slots[slot + 1] !== 0) slot = (slot + 2) & mask
    slots[slot] = hash
    slots[slot + 1] = entry + 1
  })
  return slots
}

/** The `NgramTable.filter` of `hashes`. */
function filterHashes(hashes: Uint32Array): Int32Array {
  const filter = new Int32Array((1 << filterBits) / 32)
  for (const hash of hashes) {
    const top = hash >>> (32 - filterBits)
    filter[top >>> 5]! |= 1 << (top & 31)
  }
  return filter
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
