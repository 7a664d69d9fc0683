// Every story under axe, in a pass of its own (see web-test-runner.config.mjs for why), without
// coverage so the main pass's per-module coverage report stays what check-coverage reads.
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/stories/**/*.test.ts'],
  coverage: false,
  // 129 renders under axe on a two-core machine.
  testsFinishTimeout: 300000,
};
