/**
 * Debian's Chromium driven by playwright-core. Where no Chromium is found the
 * browser tests skip with a message, except under `CI=true`, where a missing
 * browser is a failure.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (file): file is string => Boolean(file) && existsSync(file as string)
)

export const chromiumMissing =
  'skipped: no Chromium found for the browser tests; install it with `apt-get install chromium` (Debian) or set CHROMIUM_PATH'

if (!chromiumPath) {
  if (process.env.CI === 'true') throw new Error(`CI=true and ${chromiumMissing.replace('skipped: ', '')}`)
  console.warn(chromiumMissing)
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run'
    ]
  })
}
