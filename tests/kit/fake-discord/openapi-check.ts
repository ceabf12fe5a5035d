import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingHttpHeaders } from "node:http";
import * as z from "zod/mini";
import { report, withdraw, type Violation } from "./spec-violations.js";

/**
 * Checks the test server's traffic against Discord's own description of its API, the OpenAPI spec of
 * discord/discord-api-spec, as the npm package `discord-api-spec` carries it: every request's path,
 * method, query and JSON body against its operation, and every answer the server gives against the
 * operation's response schema (2xx), the error schema (4xx) or the rate-limit schema (429). What does
 * not match is a violation; the vitest setup file fails the test during which one was recorded
 * (spec-violations-setup.ts), and `npm run bench` prints them. A body, query or path that breaks the
 * schema is also refused as Discord refuses it (400, 50035). Where the spec is wrong, `corrections`
 * follows Discord, each with its page (tests/kit/fake-discord/RULES.md lists them).
 *
 * The operations (path template, method → query parameters, request body, answers) come from the
 * package's `Paths` type, read with the TypeScript compiler once per package version and kept as JSON
 * in node_modules/.cache; the schemas they name are the package's zod schemas, made from the spec's
 * components with their limits (lengths, counts, ranges). The spec sets no `additionalProperties`, so
 * its objects take unknown fields; Discord drops them without a word, so a field the spec does not
 * know is a violation here too (a misspelt field is a bug that Discord would never report).
 */

/** A type in the `Paths` type, as JSON: enough to build its zod schema without the compiler. */
type TypeDesc =
  | { ref: string }
  | { array: TypeDesc }
  | { union: TypeDesc[] }
  | { literal: string | number | boolean | null }
  | { keyword: "string" | "number" | "boolean" | "unknown" | "never" }
  | { object: Record<string, Field>; index?: TypeDesc };

interface Field {
  type: TypeDesc;
  optional: boolean;
}

interface OperationDesc {
  template: string;
  method: string;
  path: Record<string, Field>;
  /** null: the operation takes no query parameters. */
  query: Record<string, Field> | null;
  /** null: the operation takes no body. */
  body: TypeDesc | null;
  /** By status, as the spec lists them: "200", "204", "429", "4XX" … */
  responses: Record<string, TypeDesc>;
}

const specRoot = dirname(dirname(fileURLToPath(import.meta.resolve("discord-api-spec"))));
/** The package's version; its last number is the spec's build ("Automated spec update (N)"). */
const specVersion = (
  JSON.parse(readFileSync(join(specRoot, "package.json"), "utf8")) as { version: string }
).version;

// Bump when TypeDesc or the way it is read changes, so that an old cache is not used.
const DESC_FORMAT = 1;

function loadOperations(): OperationDesc[] {
  const source = readFileSync(join(specRoot, "build", "discord-api-spec.ts"), "utf8");
  const key = createHash("sha256").update(`${DESC_FORMAT}\n${source}`).digest("hex").slice(0, 16);
  const cacheDir = join(specRoot, "..", ".cache", "yaddash");
  const cached = join(cacheDir, `discord-operations-${specVersion}-${key}.json`);
  try {
    return JSON.parse(readFileSync(cached, "utf8")) as OperationDesc[];
  } catch {
    const operations = readPaths(source);
    mkdirSync(cacheDir, { recursive: true });
    // Several test workers may write it at once: each writes its own file and renames it into place.
    const temporary = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, JSON.stringify(operations));
    renameSync(temporary, cached);
    return operations;
  }
}

/** Reads `interface Paths` of the package's declarations with the TypeScript compiler's parser. */
function readPaths(source: string): OperationDesc[] {
  // typescript is loaded only when the cache misses: it takes a second or two to load and parse.
  const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
  const file = ts.createSourceFile("discord-api-spec.ts", source, ts.ScriptTarget.Latest, true);
  const paths = file.statements.find(
    (s): s is import("typescript").InterfaceDeclaration =>
      ts.isInterfaceDeclaration(s) && s.name.text === "Paths",
  );
  if (!paths) throw new Error("discord-api-spec: no `interface Paths` in its declarations");
  type Node = import("typescript").TypeNode;
  type Members = import("typescript").NodeArray<import("typescript").TypeElement>;
  const nameOf = (member: import("typescript").TypeElement) => {
    const name = member.name;
    if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)))
      throw new Error(`discord-api-spec: unexpected member ${member.getText(file)}`);
    return name.text;
  };
  const member = (members: Members, name: string) => {
    const found = members.find((m) => m.name && nameOf(m) === name);
    return found && ts.isPropertySignature(found) ? found : undefined;
  };
  const literalMembers = (node: Node | undefined): Members | null => {
    if (!node || node.kind === ts.SyntaxKind.NeverKeyword) return null;
    if (!ts.isTypeLiteralNode(node))
      throw new Error(`discord-api-spec: expected an object type, got ${node.getText(file)}`);
    return node.members;
  };
  const describe = (node: Node): TypeDesc => {
    if (ts.isParenthesizedTypeNode(node)) return describe(node.type);
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments)
      return { ref: node.typeName.text };
    if (ts.isArrayTypeNode(node)) return { array: describe(node.elementType) };
    if (ts.isUnionTypeNode(node)) return { union: node.types.map(describe) };
    if (ts.isLiteralTypeNode(node)) {
      const literal = node.literal;
      if (literal.kind === ts.SyntaxKind.NullKeyword) return { literal: null };
      if (literal.kind === ts.SyntaxKind.TrueKeyword) return { literal: true };
      if (literal.kind === ts.SyntaxKind.FalseKeyword) return { literal: false };
      if (ts.isStringLiteral(literal)) return { literal: literal.text };
      if (ts.isNumericLiteral(literal)) return { literal: Number(literal.text) };
      if (ts.isPrefixUnaryExpression(literal) && ts.isNumericLiteral(literal.operand))
        return { literal: -Number(literal.operand.text) };
    }
    const keywords: Partial<Record<number, TypeDesc>> = {
      [ts.SyntaxKind.StringKeyword]: { keyword: "string" },
      [ts.SyntaxKind.NumberKeyword]: { keyword: "number" },
      [ts.SyntaxKind.BooleanKeyword]: { keyword: "boolean" },
      [ts.SyntaxKind.UnknownKeyword]: { keyword: "unknown" },
      [ts.SyntaxKind.NeverKeyword]: { keyword: "never" },
    };
    const keyword = keywords[node.kind];
    if (keyword) return keyword;
    if (ts.isTypeLiteralNode(node)) {
      const object: Record<string, Field> = {};
      let index: TypeDesc | undefined;
      for (const m of node.members) {
        if (ts.isIndexSignatureDeclaration(m)) index = describe(m.type);
        else if (ts.isPropertySignature(m) && m.type)
          object[nameOf(m)] = { type: describe(m.type), optional: !!m.questionToken };
        else throw new Error(`discord-api-spec: unexpected member ${m.getText(file)}`);
      }
      return index ? { object, index } : { object };
    }
    // A form this reader does not know fails loudly, so that a new package version is looked at.
    throw new Error(`discord-api-spec: cannot read the type ${node.getText(file)}`);
  };
  const fields = (members: Members | null): Record<string, Field> | null =>
    members &&
    Object.fromEntries(
      members.map((m) => {
        if (!ts.isPropertySignature(m) || !m.type)
          throw new Error(`discord-api-spec: unexpected member ${m.getText(file)}`);
        return [nameOf(m), { type: describe(m.type), optional: !!m.questionToken }];
      }),
    );
  const operations: OperationDesc[] = [];
  for (const pathMember of paths.members) {
    const ops = ts.isPropertySignature(pathMember) ? literalMembers(pathMember.type) : null;
    for (const op of ops ?? []) {
      const parts = ts.isPropertySignature(op) ? literalMembers(op.type) : null;
      if (!parts) throw new Error(`discord-api-spec: unexpected operation ${op.getText(file)}`);
      const parameters =
        literalMembers(member(parts, "parameters")?.type) ?? ts.factory.createNodeArray();
      const body = member(parts, "requestBody")?.type;
      const responses = literalMembers(member(parts, "responses")?.type);
      operations.push({
        template: nameOf(pathMember),
        method: nameOf(op).toUpperCase(),
        path: fields(literalMembers(member(parameters, "path")?.type)) ?? {},
        query: fields(literalMembers(member(parameters, "query")?.type)),
        body: !body || body.kind === ts.SyntaxKind.UndefinedKeyword ? null : describe(body),
        responses: Object.fromEntries(
          Object.entries(fields(responses) ?? {}).map(([status, f]) => [status, f.type]),
        ),
      });
    }
  }
  return operations;
}

// zod/mini carries no messages of its own; these are zod's English ones (the bot's zod loads them too).
z.config(z.locales.en());

type Schema = z.core.$ZodType;
const zodModule = "discord-api-spec/zod";
const specSchemas = (await import(zodModule)) as Record<string, Schema | undefined>;

/** A field's errors in a 400: `_errors` at the field, or the fields below it by name or index. */
const fieldErrors: Schema = z.union([
  z.object({ _errors: z.array(z.object({ code: z.string(), message: z.string() })) }),
  z.record(
    z.string(),
    z.lazy(() => fieldErrors),
  ),
]);

/** A permission set, "serialized as a string" (the spec says integer). */
const permissionBits = z.nullish(z.union([z.int(), z.string().check(z.regex(/^\d+$/))]));

/**
 * Where the spec and Discord differ, the check follows Discord; each correction cites its page.
 * Only a schema an operation names itself can be corrected (the package's schemas refer to one
 * another inside its module).
 */
const corrections: Record<string, Schema> = {
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object
  // and #permissions ("a bitwise OR-ed set of permissions, serialized as a string").
  ...Object.fromEntries(
    [
      "ApplicationCommandCreateRequest",
      "ApplicationCommandUpdateRequest",
      "ApplicationCommandPatchRequestPartial",
    ].map((name) => [
      name,
      z.extend(specSchemas[`${name}Schema`] as z.ZodMiniObject, {
        default_member_permissions: permissionBits,
      }),
    ]),
  ),
  // The spec requires `code` in a 429; Discord sends it "for some limits" only
  // (https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit).
  RatelimitedResponse: z.object({
    code: z.optional(z.number()),
    message: z.string(),
    retry_after: z.number(),
    global: z.boolean(),
  }),
  // The spec gives each field's error the integer `code` of an Error; Discord sends a string there,
  // such as "BASE_TYPE_REQUIRED" (https://discord.com/developers/docs/reference#error-messages).
  // A forum post's answer carries its starter message, which the spec leaves out: "Returns a channel,
  // with a nested message object" (https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel).
  CreatedThreadResponse: z.extend(specSchemas.CreatedThreadResponseSchema as z.ZodMiniObject, {
    message: z.optional(specSchemas.MessageResponseSchema!),
  }),
  ErrorResponse: z.intersection(
    specSchemas.ErrorSchema!,
    z.object({ errors: z.optional(fieldErrors) }),
  ),
};

function compile(desc: TypeDesc): Schema {
  if ("ref" in desc) {
    const schema = corrections[desc.ref] ?? specSchemas[`${desc.ref}Schema`];
    if (!schema) throw new Error(`discord-api-spec: no schema ${desc.ref}Schema`);
    return schema;
  }
  if ("array" in desc) return z.array(compile(desc.array));
  if ("union" in desc) return z.union(desc.union.map(compile));
  if ("literal" in desc) return desc.literal === null ? z.null() : z.literal(desc.literal);
  if ("keyword" in desc)
    return {
      string: z.string,
      number: z.number,
      boolean: z.boolean,
      unknown: z.unknown,
      never: z.never,
    }[desc.keyword]();
  const shape = Object.fromEntries(
    Object.entries(desc.object).map(([name, f]) => [
      name,
      f.optional ? z.optional(compile(f.type)) : compile(f.type),
    ]),
  );
  return desc.index ? z.catchall(z.object(shape), compile(desc.index)) : z.object(shape);
}

interface Parameter {
  schema: Schema;
  /** Repeated in the query (`?id=1&id=2`), the spec's default style for an array. */
  repeated: boolean;
  optional: boolean;
}

interface Operation {
  template: string;
  method: string;
  pattern: RegExp;
  pathNames: string[];
  path: Record<string, Parameter>;
  query: Record<string, Parameter> | null;
  body: Schema | null;
  responses: Record<string, Schema | "empty">;
}

function parameters(fields: Record<string, Field>) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, { type, optional }]) => {
      const repeated = "array" in type;
      return [name, { schema: compile("array" in type ? type.array : type), repeated, optional }];
    }),
  );
}

const operations: Operation[] = loadOperations()
  .map((op) => {
    const pathNames: string[] = [];
    const source = op.template
      .split("/")
      .map((segment) =>
        segment.replace(/\{(\w+)\}|[^{}]+/g, (part, name?: string) => {
          if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
          pathNames.push(name);
          return "([^/]+)";
        }),
      )
      .join("/");
    return {
      template: op.template,
      method: op.method,
      pattern: new RegExp(`^${source}$`),
      pathNames,
      path: parameters(op.path),
      query: op.query && parameters(op.query),
      body: op.body && compile(op.body),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, type]) => [
          status,
          "keyword" in type && type.keyword === "unknown" ? ("empty" as const) : compile(type),
        ]),
      ),
    };
  })
  // A fixed segment wins over a parameter: /messages/@original before /messages/{message_id}.
  .sort((a, b) => fixedSegments(b.template) - fixedSegments(a.template));

function fixedSegments(template: string): number {
  return template.split("/").filter((s) => s && !s.includes("{")).length;
}

/** Where an issue is, as `embeds[0].fields[1].value`. */
function where(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`))
    .join("");
}

interface Problem {
  path: PropertyKey[];
  message: string;
  /** Discord refuses such a request (400, Invalid Form Body); otherwise it ignores what is wrong. */
  refused: boolean;
  /** The value is missing, not wrong. */
  missing?: boolean;
  /** Where in a request: "body", "query parameter", "path parameter". */
  part?: string;
}

/** zod's issues, with a union's reduced to the form the value came closest to (the deepest issue). */
function problems(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length) {
      const branches = issue.errors.map((branch) => problems(branch, path));
      const depth = (b: Problem[]) => Math.max(...b.map((p) => p.path.length));
      branches.sort((a, b) => depth(b) - depth(a) || a.length - b.length);
      if (depth(branches[0]!) > path.length) return branches[0]!;
    }
    const missing = issue.code === "invalid_type" && issue.input === undefined;
    return [{ path, message: issue.message, refused: true, missing }];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Unknown fields that discord.js always sends and Discord ignores: `enforce_nonce` (false unless
 * asked for) is in every message payload it builds, interaction answers included, and so is `tts`,
 * also in the edit of a deferred answer (MessagePayload.resolveBody), where the spec has neither.
 */
const tolerated = new Set(["enforce_nonce", "tts"]);

/** Fields of `input` that the parse dropped: zod's objects keep only the fields their schema names. */
function unknownFields(input: unknown, output: unknown, path: PropertyKey[] = []): Problem[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((item, i) => unknownFields(item, output[i], [...path, i]));
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.keys(input).flatMap((key) =>
    key in output
      ? unknownFields(input[key], output[key], [...path, key])
      : tolerated.has(key)
        ? []
        : [{ path: [...path, key], message: "a field the spec does not describe", refused: false }],
  );
}

/**
 * A union is read as the branch that describes the value best: zod keeps the first that parses, and
 * a branch of optional fields only (PATCH /channels/{id}'s first, a DM's) would drop the fields of
 * the one meant (a forum's `available_tags`).
 */
function validate(schema: Schema, value: unknown): Problem[] {
  const def = (schema as unknown as { _zod: { def: { type: string; options?: Schema[] } } })._zod
    .def;
  if (def.type === "union") {
    const parsed = def
      .options!.map((option) => validate(option, value))
      .filter((found) => !found.some((p) => p.refused));
    if (parsed.length) return parsed.reduce((a, b) => (b.length < a.length ? b : a));
  }
  const result = z.safeParse(schema, value, { reportInput: true });
  return result.success ? unknownFields(value, result.data) : problems(result.error.issues);
}

function describeProblem(p: Problem): string {
  const place = [p.part, where(p.path)].filter(Boolean).join(" ");
  return place ? `${place}: ${p.message}` : p.message;
}

/** A query or path value is text: it is valid if the text, or the number or boolean it spells, is. */
function validText(schema: Schema, text: string): boolean {
  const readings: unknown[] = [text];
  if (text.trim() !== "" && !Number.isNaN(Number(text))) readings.push(Number(text));
  if (text === "true" || text === "false") readings.push(text === "true");
  return readings.some((v) => z.safeParse(schema, v).success);
}

/**
 * Discord's answer to a request whose body, query or path breaks the schema: 400 with code 50035 and
 * the errors by field (https://discord.com/developers/docs/reference#error-messages). The codes
 * inside are Discord's for a missing field and, for anything else, its generic one; the messages
 * are zod's, not Discord's.
 */
export interface InvalidFormBody {
  code: 50035;
  message: "Invalid Form Body";
  errors: Record<string, unknown>;
}

function invalidFormBody(found: Problem[]): InvalidFormBody {
  const errors: Record<string, unknown> = {};
  for (const p of found) {
    let node = errors;
    for (const key of p.path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push(
      p.missing
        ? { code: "BASE_TYPE_REQUIRED", message: "This field is required" }
        : { code: "BASE_TYPE_BAD", message: p.message },
    );
  }
  return { code: 50035, message: "Invalid Form Body", errors };
}

/** The parts of a request the check reads (the test server's RecordedRequest has them). */
export interface CheckedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
}

const API_PREFIX = "/api/v10";

export class OpenApiCheck {
  /** Every violation this server has seen, in order. */
  readonly violations: Violation[] = [];
  private readonly matched = new WeakMap<CheckedRequest, Operation>();

  /** Removes and returns the violations recorded so far (for a test that expects some). */
  take(): Violation[] {
    const taken = this.violations.splice(0);
    withdraw(taken);
    return taken;
  }

  /**
   * Checks a request (`path` after /api/v10, as the test server records it; `rawPath` the whole).
   * Returns the 400 answer Discord gives when the request breaks the schema, or null: an unknown
   * field or query parameter Discord ignores, and an unknown route is the test server's 404.
   */
  request(request: CheckedRequest, rawPath: string): InvalidFormBody | null {
    const fail = (message: string) => this.record(request, "request", message);
    if (!rawPath.startsWith(`${API_PREFIX}/`)) {
      fail(`not under ${API_PREFIX}`);
      return null;
    }
    // A client may percent-encode a literal segment (discord.js sends `messages/%40original`), and
    // a path that fits a literal segment belongs to that operation, not to the one with a parameter.
    const path = request.path.split("/").map(decodeURIComponent).join("/");
    const candidates = operations
      .filter((op) => op.pattern.test(path))
      .sort((a, b) => a.pathNames.length - b.pathNames.length);
    const op = candidates.find((o) => o.method === request.method);
    if (!op) {
      const methods = [...new Set(candidates.map((o) => o.method))];
      fail(
        methods.length
          ? `the spec has ${methods.join(", ")} for this path, not ${request.method}`
          : "no such operation in the spec",
      );
      return null;
    }
    this.matched.set(request, op);
    const values = path.match(op.pattern)!.slice(1);
    const found: Problem[] = [];
    op.pathNames.forEach((name, i) => {
      const value = values[i]!;
      if (!validText(op.path[name]!.schema, value))
        found.push({
          path: [name],
          message: `invalid value ${JSON.stringify(value)}`,
          part: "path parameter",
          refused: true,
        });
    });
    found.push(...this.queryProblems(op, request.query), ...this.bodyProblems(op, request));
    for (const p of found) fail(describeProblem(p));
    const refused = found.filter((p) => p.refused);
    return refused.length ? invalidFormBody(refused) : null;
  }

  /** An answer the test server gives to `request` (status, and the JSON it sends or undefined). */
  answer(request: CheckedRequest, status: number, body: unknown): void {
    const op = this.matched.get(request);
    // Discord's 5xx are not described (nor always JSON); a request outside the spec was reported.
    if (!op || status >= 500) return;
    const fail = (message: string) => this.record(request, "answer", `${status}: ${message}`);
    const key = String(status);
    const schema = op.responses[key] ?? op.responses[`${key[0]}XX`];
    if (!schema)
      return fail(
        `the spec lists only ${Object.keys(op.responses).join(", ")} for ${op.method} ${op.template}`,
      );
    if (schema === "empty") {
      if (body !== undefined) fail("the spec's answer has no body");
      return;
    }
    for (const problem of validate(schema, body)) fail(describeProblem(problem));
  }

  private queryProblems(op: Operation, query: URLSearchParams): Problem[] {
    const known = op.query ?? {};
    const found: Problem[] = [];
    const add = (name: string, message: string, refused: boolean) =>
      found.push({ path: [name], message, refused, part: "query parameter" });
    for (const name of new Set(query.keys())) {
      const parameter = known[name];
      if (!parameter) {
        const accepted = Object.keys(known);
        add(
          name,
          `not in the spec (${accepted.length ? `takes ${accepted.join(", ")}` : "takes none"})`,
          false,
        );
        continue;
      }
      const values = query.getAll(name);
      if (values.length > 1 && !parameter.repeated) add(name, `given ${values.length} times`, true);
      for (const value of values)
        if (!validText(parameter.schema, value))
          add(name, `invalid value ${JSON.stringify(value)}`, true);
    }
    for (const [name, parameter] of Object.entries(known))
      if (!parameter.optional && !query.has(name)) add(name, "required", true);
    return found;
  }

  private bodyProblems(op: Operation, request: CheckedRequest): Problem[] {
    if (request.body === undefined) return [];
    const ignored = (message: string): Problem[] => [{ path: [], message, refused: false }];
    if (!op.body) return ignored("a body, where the operation takes none");
    const type = request.headers["content-type"] ?? "";
    let body = request.body;
    const found: Problem[] = [];
    if (type.startsWith("multipart/form-data")) {
      // https://discord.com/developers/docs/reference#uploading-files: the JSON in `payload_json`,
      // files in `files[n]` parts (the spec's multipart schema allows files[0] to files[9]).
      const { uploaded, ...payload } = body as { uploaded: { field: string }[] };
      for (const { field } of uploaded)
        if (!/^files\[\d\]$/.test(field))
          found.push(...ignored(`multipart part ${field}: not files[0]…files[9]`));
      body = payload;
    } else if (!type.includes("json") || typeof body === "string")
      return ignored(`a body of type ${JSON.stringify(type)}, not JSON`);
    return [...found, ...validate(op.body, body).map((p) => ({ ...p, part: "body" }))];
  }

  private record(request: CheckedRequest, side: Violation["side"], message: string): void {
    const violation = { method: request.method, path: request.path, side, message };
    this.violations.push(violation);
    report(violation);
  }
}
