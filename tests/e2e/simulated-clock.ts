// Preloaded (`node --import`) into a bot process under test: its clock — luxon's `now`, which the
// bot's Clock reads — runs YADDASH_TEST_CLOCK_OFFSET_MS ahead of the real one, the same offset the test
// gives the test server, so that both keep the same simulated time. Started with an IPC channel
// (tests/e2e/processes.ts), the process takes a new offset from the test — `{ clockOffsetMs }` — and
// answers it back once applied, so that a test can move every process's time at once.
import { Settings } from "luxon";

let offset = Number(process.env.YADDASH_TEST_CLOCK_OFFSET_MS ?? 0);
Settings.now = () => Date.now() + offset; // eslint-disable-line no-restricted-syntax -- this is the clock

if (process.send) {
  process.on("message", (message: { clockOffsetMs?: number }) => {
    if (typeof message?.clockOffsetMs !== "number") return;
    offset = message.clockOffsetMs;
    process.send!({ clockOffsetMs: offset });
  });
  // The channel must not keep the process alive, nor stop it from exiting on a signal.
  process.channel?.unref();
}
