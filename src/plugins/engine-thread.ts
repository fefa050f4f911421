/**
 * The engine on a worker thread: `annotate()` for code that can wait, so
 * that a site build annotates one article on a second core while the main
 * thread parses and renders the next ones.
 *
 * One worker per process, started on first use. It keeps the process alive
 * only while it has work, so a build or a test run exits as soon as the rest
 * of it is done.
 */
import { Worker } from 'node:worker_threads'
import type { Annotations } from '../engine/index.ts'

/** What the worker sends back for each text. */
export type EngineReply = { id: number; annotations: Annotations } | { id: number; error: string }

interface Waiting {
  resolve: (annotations: Annotations) => void
  reject: (error: Error) => void
}

const waiting = new Map<number, Waiting>()
let worker: Worker | undefined
let nextId = 0

/** `annotate(text)`, run on the engine's worker thread. */
export function annotateOffThread(text: string): Promise<Annotations> {
  const thread = (worker ??= startWorker())
  const id = nextId++
  if (waiting.size === 0) thread.ref()
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    thread.postMessage({ id, text })
  })
}

function startWorker(): Worker {
  const thread = new Worker(new URL('./engine-worker.ts', import.meta.url))
  thread.on('message', (reply: EngineReply) => {
    const request = waiting.get(reply.id)
    waiting.delete(reply.id)
    if (waiting.size === 0) thread.unref()
    if ('error' in reply) request?.reject(new Error(`Newsmark engine: ${reply.error}`))
    else request?.resolve(reply.annotations)
  })
  thread.on('error', (error) => stopWorker(thread, error))
  thread.on('exit', (code) => stopWorker(thread, new Error(`Newsmark engine worker stopped (exit code ${code})`)))
  thread.unref()
  return thread
}

/** Forget a worker that died, failing what it still had to do; the next call starts a new one. */
function stopWorker(thread: Worker, error: Error): void {
  if (worker !== thread) return
  worker = undefined
  for (const request of waiting.values()) request.reject(error)
  waiting.clear()
}
