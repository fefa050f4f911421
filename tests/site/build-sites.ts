/**
 * vitest global setup of the site tests: build each test site once per run
 * with the real `astro build` and Pagefind.
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { root, sites } from './sites.ts'

export default function buildSites(): void {
  for (const site of Object.values(sites)) {
    rmSync(site.dir, { recursive: true, force: true })
    rmSync(`${site.dir}-cache`, { recursive: true, force: true })
    const env = {
      ...process.env,
      BASE: site.base,
      OUT_DIR: site.dir,
      NEWSMARK_CONTENT: site.content,
      ASTRO_CACHE_DIR: `${site.dir}-cache`
    }
    const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
    execFileSync(bin('astro'), ['build', '--silent'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
    execFileSync(bin('pagefind'), ['--site', site.dir, '--silent'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  }
}
