// The flags every Chromium the project drives starts with (web-test-runner, the end-to-end and
// consumer tests, the screenshots): root in a container needs no sandbox, /dev/shm is small there,
// there is no GPU, and nothing should reach the network on its own (updates, sync, first-run pages).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
