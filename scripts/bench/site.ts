/**
 * Site benchmark: `astro build` of the same generated articles with the
 * annotation plugins on and off, alternating so both meet the same machine
 * state, with time per article and how that cost grows with the corpus.
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build, type BuildPhases } from './build.ts'
import { writeCorpus, type Article } from './corpus.ts'
import { summarise, type Summary } from './stats.ts'

/** Builds of one corpus size. */
export interface SiteResult {
  articles: number
  /** Build time in ms, by mode. */
  ms: { annotated: Summary; plain: Summary }
  /** Build time per article in ms (median ÷ articles), by mode. */
  msPerArticle: { annotated: number; plain: number }
  /** annotated ÷ plain, one value per pair of builds. */
  ratio: Summary
  /**
   * CPU seconds (user + system) by mode, and annotated ÷ plain per pair:
   * steadier than wall time when the disk is slow to take the output.
   * `null` without GNU time.
   */
  cpu: { annotated: Summary; plain: Summary; ratio: Summary } | null
  /** Peak RSS of the builds in MB, by mode. */
  peakRssMb: { annotated: Summary; plain: Summary }
  /** Median ms of each build phase, by mode (`null` when Astro's log did not give them). */
  phasesMs: { annotated: BuildPhases | null; plain: BuildPhases | null }
  /** Rebuilds after one more article, cache kept (`null` unless asked for). */
  rebuild: Rebuilds | null
}

/**
 * The build a newsroom runs every day: one article added to a site already
 * built, with Astro's content cache from the last build, so only the new
 * article goes through the Markdown pipeline; every page is still rendered.
 */
export interface Rebuilds {
  /** Rebuild time in ms, by mode. */
  ms: { annotated: Summary; plain: Summary }
  /** annotated ÷ plain, one value per pair of rebuilds. */
  ratio: Summary
}

export interface SiteOptions {
  /** After each pair of builds, add this article and time a rebuild in each mode. */
  rebuildWith?: Article | undefined
}

/** How per-article cost grows: marginal ms per extra article between sizes. */
export interface SiteScaling {
  mode: 'annotated' | 'plain'
  /** `[from, to, ms per extra article]` for each step between sizes. */
  steps: Array<[number, number, number]>
  /** Last step's marginal cost ÷ first step's (1 = flat). */
  slope: number
}

/** Build `articles` (a prefix of one corpus) `repeats` times in each mode, in `workDir`. */
export async function benchSite(articles: ReadonlyArray<Article>, repeats: number, workDir: string, options: SiteOptions = {}): Promise<SiteResult> {
  const n = articles.length
  const content = path.join(workDir, `content-${n}`)
  writeCorpus(articles, content)
  const times = { annotated: [] as number[], plain: [] as number[] }
  const rss = { annotated: [] as number[], plain: [] as number[] }
  const phases = { annotated: [] as Array<BuildPhases | null>, plain: [] as Array<BuildPhases | null> }
  const cpu = { annotated: [] as Array<number | null>, plain: [] as Array<number | null> }
  const ratios: number[] = []
  const cpuRatios: number[] = []
  const rebuildTimes = { annotated: [] as number[], plain: [] as number[] }
  const rebuildRatios: number[] = []
  const outDir = (mode: 'annotated' | 'plain') => path.join(workDir, `out-${n}-${mode}`)
  for (let round = 0; round < repeats; round++) {
    const order: Array<'annotated' | 'plain'> = round % 2 === 0 ? ['plain', 'annotated'] : ['annotated', 'plain']
    for (const mode of order) {
      const cost = await build({ content, outDir: outDir(mode), plain: mode === 'plain' })
      times[mode].push(cost.ms)
      rss[mode].push(cost.peakRssMb)
      phases[mode].push(cost.phases)
      cpu[mode].push(cost.cpuSeconds)
    }
    ratios.push(times.annotated.at(-1)! / times.plain.at(-1)!)
    const [annotatedCpu, plainCpu] = [cpu.annotated.at(-1), cpu.plain.at(-1)]
    if (annotatedCpu && plainCpu) cpuRatios.push(annotatedCpu / plainCpu)
    if (options.rebuildWith) {
      const added = path.join(content, `${options.rebuildWith.id}.md`)
      writeFileSync(added, options.rebuildWith.source)
      for (const mode of order) {
        rebuildTimes[mode].push((await build({ content, outDir: outDir(mode), plain: mode === 'plain', keepCache: true })).ms)
      }
      rmSync(added)
      rebuildRatios.push(rebuildTimes.annotated.at(-1)! / rebuildTimes.plain.at(-1)!)
    }
  }
  const ms = { annotated: summarise(times.annotated), plain: summarise(times.plain) }
  return {
    articles: n,
    ms,
    msPerArticle: { annotated: ms.annotated.median / n, plain: ms.plain.median / n },
    ratio: summarise(ratios),
    cpu: cpuRatios.length === repeats ? { annotated: summarise(cpu.annotated as number[]), plain: summarise(cpu.plain as number[]), ratio: summarise(cpuRatios) } : null,
    peakRssMb: { annotated: summarise(rss.annotated), plain: summarise(rss.plain) },
    phasesMs: { annotated: medianPhases(phases.annotated), plain: medianPhases(phases.plain) },
    rebuild: options.rebuildWith
      ? { ms: { annotated: summarise(rebuildTimes.annotated), plain: summarise(rebuildTimes.plain) }, ratio: summarise(rebuildRatios) }
      : null
  }
}

/** The median of each phase over builds, or `null` if any build's log lacked them. */
function medianPhases(builds: ReadonlyArray<BuildPhases | null>): BuildPhases | null {
  if (builds.length === 0 || builds.some((phases) => phases === null)) return null
  const known = builds as ReadonlyArray<BuildPhases>
  const median = (phase: keyof BuildPhases) => summarise(known.map((phases) => phases[phase])).median
  return { sync: median('sync'), bundle: median('bundle'), pages: median('pages') }
}

/** Marginal cost per article between successive sizes, and the slope from the first step to the last. */
export function scaling(results: ReadonlyArray<SiteResult>, mode: 'annotated' | 'plain'): SiteScaling {
  const steps: Array<[number, number, number]> = []
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!
    const b = results[i]!
    steps.push([a.articles, b.articles, (b.ms[mode].median - a.ms[mode].median) / (b.articles - a.articles)])
  }
  const first = steps[0]?.[2] ?? 0
  const last = steps[steps.length - 1]?.[2] ?? 0
  return { mode, steps, slope: first > 0 ? last / first : 0 }
}
