const DISCORD_EPOCH = 1420070400000n;
const BASE = 1_767_225_600_000;
let sequence = 0n;
let made = 0;

/**
 * A Discord snowflake for the test server. Without `at`, each id is a millisecond later than the one
 * before, as ids made over time are: a guild's shard comes from these bits ((id >> 22) % shards).
 */
export function snowflake(at = BASE + made++): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | sequence).toString();
}
