/**
 * The worker side of `engine-thread.ts`: annotate each text it is sent.
 */
import { parentPort } from 'node:worker_threads'
import { annotate } from '../engine/index.ts'
import type { EngineReply } from './engine-thread.ts'

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  let reply: EngineReply
  try {
    reply = { id, annotations: annotate(text) }
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  parentPort?.postMessage(reply)
})
