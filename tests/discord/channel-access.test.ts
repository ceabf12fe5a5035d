import { PermissionFlagsBits as P, type APIOverwrite, type APIRole } from "discord.js";
import { describe, expect, it } from "vitest";
import { permissionsIn } from "../../src/discord/channel-access.js";

const GUILD = "100";
const BOT = "200";
const role = (id: string, permissions: bigint): APIRole =>
  ({ id, permissions: permissions.toString() }) as APIRole;
const overwrite = (id: string, type: 0 | 1, allow: bigint, deny: bigint): APIOverwrite => ({
  id,
  type,
  allow: allow.toString(),
  deny: deny.toString(),
});
const guild = (roles: APIRole[]) => ({ id: GUILD, owner_id: "999", roles });
const has = (bits: bigint, flag: bigint) => (bits & flag) === flag;

describe("the bot's permissions in a channel, from REST data", () => {
  const everyone = role(GUILD, P.ViewChannel | P.SendMessages | P.ReadMessageHistory);

  it("starts from @everyone and the member's roles", () => {
    const bits = permissionsIn(
      guild([everyone, role("1", P.EmbedLinks)]),
      { id: BOT, roles: ["1"] },
      [],
    );
    expect(has(bits, P.ReadMessageHistory | P.EmbedLinks)).toBe(true);
    expect(has(bits, P.ManageGuild)).toBe(false);
  });

  it("applies @everyone's overwrite, then the roles' (allow beats deny), then the member's", () => {
    const roles = guild([everyone, role("1", 0n)]);
    const member = { id: BOT, roles: ["1"] };
    const denied = [overwrite(GUILD, 0, 0n, P.ReadMessageHistory)];
    expect(has(permissionsIn(roles, member, denied), P.ReadMessageHistory)).toBe(false);
    const allowedByRole = [...denied, overwrite("1", 0, P.ReadMessageHistory, 0n)];
    expect(has(permissionsIn(roles, member, allowedByRole), P.ReadMessageHistory)).toBe(true);
    const deniedToMember = [...allowedByRole, overwrite(BOT, 1, 0n, P.ReadMessageHistory)];
    expect(has(permissionsIn(roles, member, deniedToMember), P.ReadMessageHistory)).toBe(false);
  });

  it("gives everything to Administrator, whatever the overwrites", () => {
    const bits = permissionsIn(
      guild([everyone, role("1", P.Administrator)]),
      { id: BOT, roles: ["1"] },
      [overwrite(BOT, 1, 0n, P.ViewChannel)],
    );
    expect(has(bits, P.ViewChannel | P.ReadMessageHistory)).toBe(true);
  });
});
