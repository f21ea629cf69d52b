// Runs before every script of package.json (`node --import`), in plain JavaScript so any
// Node can read it. The scripts are TypeScript, which Node runs from 22.18 on; an older
// Node would stop on the .ts file with a stack trace instead of saying what to install.
// npm runs the Node 22 that `npm ci` installs into node_modules/.bin, so this speaks only
// where that package could not be installed and an older Node was found on the PATH.
if (!process.features.typescript) {
  const command = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : 'the command';
  console.error(
    `${command} needs Node 22.18 or newer, and this is Node ${process.versions.node}  ` +
      `(npm ci installs Node 22 on Linux and macOS, x64 or arm64; elsewhere install Node 22 from nodejs.org, then run ${command} again)`,
  );
  process.exit(1);
}
