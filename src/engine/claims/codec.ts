/**
 * The compact form of the model's n-gram weights in `weights.json`: each kept
 * n-gram is stored as its 32-bit FNV-1a hash (ascending, little-endian, base64)
 * beside its weight as a signed byte (base64, to be multiplied by `scale`).
 * Loading is a base64 decode; a look-up is a binary search. With 30,000 kept
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
}

/** The 32-bit FNV-1a hash of `name` (UTF-16 code units). */
export function hashName(name: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193)
  return hash >>> 0
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
  return {
    hashes: new Uint32Array(fromBase64(packed.hashes).buffer),
    weights: new Int8Array(fromBase64(packed.weights).buffer),
    scale: packed.scale
  }
}

/** The weight of n-gram `name`, 0 when it is not in the table. */
export function ngramWeight(table: NgramTable, name: string): number {
  const hash = hashName(name)
  let low = 0
  let high = table.hashes.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = table.hashes[middle]!
    if (value < hash) low = middle + 1
    else if (value > hash) high = middle - 1
    else return table.weights[middle]! * table.scale
  }
  return 0
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
