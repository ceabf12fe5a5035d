// Preloaded (`node --import`) into a bot process under test: its clock — luxon's `now`, which the
// bot's Clock reads — runs YADDASH_TEST_CLOCK_OFFSET_MS ahead of the real one, the same offset the test
// gives the test server, so that both keep the same simulated time.
import { Settings } from "luxon";

const offset = Number(process.env.YADDASH_TEST_CLOCK_OFFSET_MS ?? 0);
Settings.now = () => Date.now() + offset; // eslint-disable-line no-restricted-syntax -- this is the clock
