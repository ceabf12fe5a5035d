import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../kit/bot-harness.js";

// Debian's chromium package; .ci/run installs it (.ci/ensure-chromium).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const skipReason = existsSync(CHROMIUM)
  ? null
  : `no Chromium at ${CHROMIUM} (apt install chromium, or set CHROMIUM_PATH; .ci/run installs it)`;
/** What the page's functions use of the browser's globals (this project has no DOM types). */
type Browsing = {
  getComputedStyle(element: unknown): { borderBottomColor: string; borderLeftColor: string };
};
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Share of pixels that differ from the top-left one, and the number of distinct colours. */
function rendered(png: Buffer): { inked: number; colours: number } {
  const { data, width, height } = PNG.sync.read(png);
  const background = data.readUInt32BE(0);
  const colours = new Set<number>();
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    const pixel = data.readUInt32BE(i);
    colours.add(pixel);
    if (pixel !== background) inked++;
  }
  return { inked: inked / (width * height), colours: colours.size };
}

describe.skipIf(skipReason)(
  `the public page, in a real browser${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let h: Harness;
    let browser: Browser;
    let page: Page;
    /** What the browser refused under the page's Content-Security-Policy, as its console says. */
    const refused: string[] = [];
    const open = (query: string, locale?: string, on = page) =>
      on
        .context()
        .setExtraHTTPHeaders(locale ? { "accept-language": locale } : {})
        .then(() => on.goto(`http://127.0.0.1:${h.http!.port}/${query}`));

    beforeAll(async () => {
      h = await startHarness({ http: true });
      // Root in a container has no user namespaces for Chromium's sandbox.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
      page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
    });
    afterAll(async () => {
      await browser?.close();
      await h?.stop();
    });

    it.each([
      [
        "az",
        "Azərbaycanın əlamətdar tarixləri",
        "Kəlbəcər Şəhəri Günü — 6-cı ildönümü",
        "Botun vəziyyəti: işləyir",
      ],
      [
        "en",
        "Commemorative dates of Azerbaijan",
        "Kalbajar City Day — 6th anniversary",
        "Bot status: working",
      ],
      [
        "ru",
        "Памятные даты Азербайджана",
        "День города Кяльбаджар — 6-я годовщина",
        "Состояние бота: работает",
      ],
    ])(
      "shows the next days in %s, each with its summary and sources, the feed and the bot's health",
      async (lang, title, first, status) => {
        const response = await open(`?lang=${lang}`);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute("html", "lang")).toBe(lang);
        expect(await page.title()).toBe(title);
        const articles = page.locator("article");
        expect(await articles.count()).toBe(10);
        expect(await articles.first().locator("h3").innerText()).toBe(first);
        expect(await articles.first().locator("p").innerText()).not.toBe("");
        expect(await articles.first().locator("ol li").count()).toBeGreaterThan(0);
        expect(await page.getAttribute("main a", "href")).toBe(`calendar.ics?lang=${lang}`);
        expect(await page.locator("[role=status]").innerText()).toBe(status);
      },
    );

    it("follows the reader's Accept-Language, and its feed link answers with the feed", async () => {
      await open("", "ru-RU,ru;q=0.9,en;q=0.8");
      expect(await page.getAttribute("html", "lang")).toBe("ru");
      const feed = await page.request.get(
        new URL((await page.getAttribute("main a", "href"))!, page.url()).href,
      );
      expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR/);
    });

    it("is styled under a Content-Security-Policy that allows no script and no inline style attribute", async () => {
      const response = await open("?lang=az");
      const csp = response!.headers()["content-security-policy"];
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; /);
      expect(csp).not.toMatch(/unsafe-inline|script-src/);
      expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
      // The style sheet applies: the header's blue rule, each day's colour by its tone.
      expect(
        await page
          .locator("header")
          .evaluate(
            (e) => (globalThis as unknown as Browsing).getComputedStyle(e).borderBottomColor,
          ),
      ).toBe("rgb(0, 146, 188)");
      const tones = await page
        .locator("article")
        .evaluateAll((articles) =>
          articles.map(
            (a) => (globalThis as unknown as Browsing).getComputedStyle(a).borderLeftColor,
          ),
        );
      expect(new Set(tones).size).toBeGreaterThan(1);
      expect(tones.every((t) => /^rgb\((0, 175, 102|79, 84, 92|0, 146, 188)\)$/.test(t))).toBe(
        true,
      );
      expect(refused).toEqual([]);
    });

    it("has no accessibility violations axe-core can find", async () => {
      // axe-core is injected as a script, which the page's policy refuses: its own page ignores it.
      const axePage = await browser.newPage({ bypassCSP: true });
      await open("?lang=az", undefined, axePage);
      await axePage.addScriptTag({ path: AXE });
      const violations = await axePage.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
        ).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      await axePage.close();
    });

    it("renders: a screenshot under var/ with text and colour on it", async () => {
      await open("?lang=az");
      const png = await page.screenshot({ fullPage: false });
      mkdirSync("var", { recursive: true });
      writeFileSync("var/public-page-az.png", png);
      const { inked, colours } = rendered(png);
      expect(inked).toBeGreaterThan(0.02);
      expect(colours).toBeGreaterThan(20);
    });
  },
);
