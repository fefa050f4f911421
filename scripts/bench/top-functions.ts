/**
 * `node scripts/bench/top-functions.ts <file.cpuprofile> [count] [--by-module | --by-owner]`:
 * the functions with the most self time in a V8 CPU profile, with file:line.
 * `--by-module` sums self time per package (`node_modules/<name>`) or source
 * folder; `--by-owner` bills every sample to the innermost project function
 * on its stack (outside `node_modules` and Node), so time spent in libraries
 * on the project's behalf is charged to the project code that called them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

interface ProfileNode {
  id: number
  children?: number[]
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const args = process.argv.slice(2)
const byModule = args.includes('--by-module')
const byOwner = args.includes('--by-owner')
const [file, count = '15'] = args.filter((arg) => !arg.startsWith('--'))
if (!file) throw new Error('usage: node scripts/bench/top-functions.ts <file.cpuprofile> [count] [--by-module | --by-owner]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const root = path.resolve(import.meta.dirname, '../..')
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parentOf = new Map<number, ProfileNode>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node)
const isProject = (url: string) => url.startsWith('file://') && !url.includes('/node_modules/')
const selfMs = new Map<string, number>()
let totalMs = 0
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000
  let node = byId.get(profile.samples[i]!)!
  if (byOwner) {
    let owner: ProfileNode | undefined = node
    while (owner && !isProject(owner.callFrame.url)) owner = parentOf.get(owner.id)
    node = owner ?? node
  }
  const frame = node.callFrame
  const where = frame.url ? `${path.relative(root, frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''
  const key = byModule ? `${moduleOf(where) || frame.functionName}\t` : `${frame.functionName || '(anonymous)'}\t${where}`
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms)
  totalMs += ms
}
const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(count))
console.log(`self time of ${(totalMs / 1000).toFixed(1)} s sampled in ${path.basename(file)}`)
for (const [key, ms] of top) {
  const [name, where] = key.split('\t')
  console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${name}  ${where}`)
}

/** `node_modules/<package>` or the folder of a source file, from `path:line:column`. */
function moduleOf(where: string): string {
  const file = where.replace(/:\d+:\d+$/, '')
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (inPackage) return `node_modules/${inPackage[1]}`
  return file && path.dirname(file)
}
