/**
 * Run jobs in a worker thread with a time limit: a pattern that backtracks
 * forever is stopped and reported instead of hanging the test run.
 */
import { Worker } from 'node:worker_threads'
import type { Job, Result } from './timed-worker.ts'

export type { Job, Result }

export class TimedRunner {
  #worker: Worker | undefined

  /** Run `job`; resolves `'timeout'` when it takes longer than `limitMs`. */
  run(job: Job, limitMs: number): Promise<Result | 'timeout'> {
    const worker = (this.#worker ??= new Worker(new URL('./timed-worker.ts', import.meta.url)))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners()
        void worker.terminate()
        this.#worker = undefined
        resolve('timeout')
      }, limitMs)
      worker.once('message', (result: Result) => {
        clearTimeout(timer)
        worker.removeAllListeners('error')
        resolve(result)
      })
      worker.once('error', (error) => {
        clearTimeout(timer)
        this.#worker = undefined
        reject(error)
      })
      worker.postMessage(job)
    })
  }

  async close(): Promise<void> {
    await this.#worker?.terminate()
    this.#worker = undefined
  }
}
