const DISCORD_EPOCH = 1420070400000n;
let sequence = 0n;

/** A Discord snowflake for the test server. */
export function snowflake(at = 1_767_225_600_000): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | sequence).toString();
}
