/**
 * One `astro build` in a child process, into its own output and cache
 * folders, timed, with the peak resident memory of the build and the time
 * of its phases as Astro logs them.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs')
const gnuTime = '/usr/bin/time'

/** Where a build reads and writes. */
export interface BuildPlan {
  /** Content folder (`NEWSMARK_CONTENT`). */
  content: string
  /** Output folder (`OUT_DIR`); its cache is `<outDir>-cache`. Both are emptied first. */
  outDir: string
  /** Build without the annotation plugins (`NEWSMARK_PLAIN=1`). */
  plain: boolean
  /**
   * Keep the cache of the last build into `outDir`, so that Astro renders
   * only the articles that are new or changed since (default: `false`).
   */
  keepCache?: boolean
}

/** What one build cost. */
export interface BuildCost {
  ms: number
  /** CPU seconds (user + system) of the build and its children; `null` without GNU time. */
  cpuSeconds: number | null
  /** Peak resident set size in MB (10⁶ bytes). */
  peakRssMb: number
  /** Phases in ms, from Astro's log; `null` when the log did not say. */
  phases: BuildPhases | null
}

/** Where a build's time goes, as Astro logs it. */
export interface BuildPhases {
  /** Loading the config and syncing content: every article rendered through the Markdown pipeline. */
  sync: number
  /** Vite bundling the site, with the content data store inlined. */
  bundle: number
  /** Rendering and writing every page and endpoint. */
  pages: number
}

/** Run `astro build` for `plan`; rejects with the build's stderr when it fails. */
export async function build(plan: BuildPlan): Promise<BuildCost> {
  const cache = `${plan.outDir}-cache`
  rmSync(plan.outDir, { recursive: true, force: true })
  if (!plan.keepCache) rmSync(cache, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT_DIR: plan.outDir,
    ASTRO_CACHE_DIR: cache,
    NEWSMARK_CONTENT: plan.content,
    ASTRO_TELEMETRY_DISABLED: '1'
  }
  delete env.NEWSMARK_PLAIN
  if (plan.plain) env.NEWSMARK_PLAIN = '1'
  const withTime = existsSync(gnuTime)
  const command = withTime ? gnuTime : process.execPath
  const args = withTime ? ['-v', process.execPath, astro, 'build'] : [astro, 'build']
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  let polledKb = 0
  const poll = withTime ? undefined : setInterval(() => (polledKb = Math.max(polledKb, rssKb(child.pid))), 50)
  const start = performance.now()
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const ms = performance.now() - start
  clearInterval(poll)
  if (code !== 0) throw new Error(`astro build failed (${code}) for ${plan.content}:\n${stderr.slice(-3000)}`)
  const reportedKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0)
  const cpu = (kind: string) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0)
  return {
    ms,
    cpuSeconds: withTime ? cpu('User') + cpu('System') : null,
    peakRssMb: ((withTime ? reportedKb : polledKb) * 1024) / 1e6,
    phases: phasesOf(stdout)
  }
}

/**
 * Phases from the log of `astro build`: the first "Completed in" (build info,
 * content sync included), the "built in" lines of Vite, and the "Completed
 * in" after "generating static routes".
 */
function phasesOf(log: string): BuildPhases | null {
  const plain = log.replace(/\x1b\[[\d;]*m/g, '')
  const seconds = (match: RegExpExecArray | null) => (match ? Number(match[1]) * (match[2] === 'ms' ? 1 : 1000) : null)
  const sync = seconds(/Completed in ([\d.]+)(m?s)/.exec(plain))
  const routes = plain.indexOf('generating static routes')
  const pages = routes === -1 ? null : seconds(/Completed in ([\d.]+)(m?s)/.exec(plain.slice(routes)))
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].map((match) => seconds(match)!)
  if (sync === null || pages === null || bundles.length === 0) return null
  return { sync, bundle: bundles.reduce((sum, ms) => sum + ms, 0), pages }
}

/** Resident set of a running process and its children, from /proc (0 when gone). */
function rssKb(pid: number | undefined): number {
  if (pid === undefined) return 0
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    return own + children.reduce((sum, child) => sum + rssKb(Number(child)), 0)
  } catch {
    return 0
  }
}
