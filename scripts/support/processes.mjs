// What the repository's scripts and the browser tests share about the processes they start.

/**
 * Debian's Chromium, headless, as this machine kind runs it: without the networking flags it keeps
 * trying to reach hosts it cannot reach.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to launch: `CHROMIUM_PATH`, else Debian's. */
export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The environment of a command run in another app (the consumer app, the examples): without what
 * `npm run` sets for the repository (`npm_config_local_prefix` would make a nested `npm install`
 * install into the repository), and without NODE_ENV (`production` would skip the app's
 * devDependencies); quiet, and never downloading a browser.
 */
export function appEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$|NODE_ENV$)/i.test(
          key,
        ),
    ),
  );
  return Object.assign(env, {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  });
}
