/**
 * Worker thread of the ReDoS and adversarial-text tests: runs one job at a
 * time and posts how long it took, so the test can stop a job that never ends.
 */
import { parentPort } from 'node:worker_threads'
import { annotate } from '../../src/engine/index.ts'

export type Job =
  | { type: 'regex'; source: string; flags: string; inputs: string[] }
  | { type: 'annotate'; text: string }

export interface Result {
  /** Milliseconds per input (regex) or for the whole text (annotate). */
  ms: number[]
  counts?: { quotes: number; statistics: number; claims: number; problems: number }
  error?: string
}

/** Run a regex over all of `input` the way the engine would: every match of a global regex, one search otherwise. */
function scan(pattern: RegExp, input: string): void {
  if (!pattern.global && !pattern.sticky) {
    pattern.exec(input)
    return
  }
  if (pattern.sticky) {
    for (const at of [0, input.length >> 1]) {
      pattern.lastIndex = at
      pattern.exec(input)
    }
    return
  }
  pattern.lastIndex = 0
  for (let match = pattern.exec(input); match; match = pattern.exec(input)) {
    if (match[0] === '') pattern.lastIndex++
  }
}

function run(job: Job): Result {
  if (job.type === 'regex') {
    const pattern = new RegExp(job.source, job.flags)
    return {
      ms: job.inputs.map((input) => {
        const start = performance.now()
        scan(pattern, input)
        return performance.now() - start
      })
    }
  }
  const start = performance.now()
  const found = annotate(job.text)
  return {
    ms: [performance.now() - start],
    counts: { quotes: found.quotes.length, statistics: found.statistics.length, claims: found.claims.length, problems: found.problems.length }
  }
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort!.postMessage(run(job))
  } catch (error) {
    parentPort!.postMessage({ ms: [], error: String(error) } satisfies Result)
  }
})
