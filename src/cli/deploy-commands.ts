import { ConfigError, loadDotEnv, parseConfig } from "../config/env.js";
import { COMMANDS } from "../discord/commands/registry.js";
import { deployCommands } from "../discord/deploy.js";

loadDotEnv();
const config = parseConfig(process.env);
if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
  throw new ConfigError(
    "deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).",
  );
}
const count = await deployCommands(
  {
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DEV_GUILD_ID,
    apiBase: config.DISCORD_API_BASE,
  },
  COMMANDS,
);
const where = config.DEV_GUILD_ID
  ? `to guild ${config.DEV_GUILD_ID} (available at once)`
  : "globally (may take up to an hour to appear)";
process.stdout.write(`Deployed ${count} commands ${where}.\n`);
