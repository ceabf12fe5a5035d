import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

// The layers of src/, bottom first: each may import the ones before it, never one after it
// (docs/architecture.md).
const LAYERS = {
  types: ["src/model/**", "src/ports/**", "src/clock/**", "src/log/**"],
  core: [
    "src/calendar/**",
    "src/time/**",
    "src/schedule/**",
    "src/render/**",
    "src/i18n/**",
    "src/lookup/**",
    "src/feeds/**",
    "src/config/**",
    "src/errors/**",
    "src/subscriptions/!(*-service).ts",
    "src/server-dates/!(*-service).ts",
  ],
  application: [
    "src/delivery/**",
    "src/scheduled-events/**",
    "src/subscriptions/*-service.ts",
    "src/server-dates/*-service.ts",
    "src/reminders/**",
    "src/app/!(create-app|bot-process|app-config).ts",
  ],
  adapters: [
    "src/discord/**",
    "src/store/**",
    "src/http/**",
    "src/cli/!(run-cli).ts",
    "src/cron/**",
    "src/proxy/**",
    "src/observability/**",
    "src/lifecycle/**",
  ],
  // The entry points and what wires them.
  root: ["src/{main,cli/run-cli}.ts", "src/app/{create-app,bot-process,app-config}.ts"],
};
const order = Object.keys(LAYERS);
const layerZones = order.slice(0, -1).map((layer, i) => ({
  target: LAYERS[layer],
  from: order.slice(i + 1).flatMap((above) => LAYERS[above]),
  message: `The ${layer} layer imports only from the layers below it (docs/architecture.md).`,
}));
// Adapters reach the store through the ports the root hands them, not through its implementation.
const storeZone = {
  target: ["src/discord/**", "src/http/**", "src/cron/**", "src/proxy/**", "src/observability/**"],
  from: ["src/store/**"],
  message: "Adapters use the store's ports (src/ports/); only the root and the CLIs open a store.",
};

export default tseslint.config(
  { ignores: ["node_modules", "coverage", "var", "dist"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read time from the injected Clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read time from the injected Clock.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [
        createNodeResolver({
          extensions: [".ts", ".js"],
          extensionAlias: { ".js": [".ts", ".js"] },
        }),
      ],
    },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, storeZone] }],
    },
  },
);
