// The test kit: the Discord-compatible test server and the helpers that start the bot against it.
// The tests and the bench import it; the bench imports nothing else of tests/.
export { startHarness, tempDatabaseUrl } from "./bot-harness.js";
export { addChannels, ZONES } from "./delivery-helpers.js";
export { makeGuild, makeUser } from "./fake-discord/fixtures.js";
export {
  startFakeDiscord,
  type FakeDiscord,
  type InteractionInput,
} from "./fake-discord/server.js";
export { formatViolations, takeUnreported } from "./fake-discord/spec-violations.js";
export { realCalendar } from "./helpers.js";
export { oneDayCalendar } from "./one-day-calendar.js";
