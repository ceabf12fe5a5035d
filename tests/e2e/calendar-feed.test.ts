import { connect, type Socket } from "node:net";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const STRING = 3;
const SUBCOMMAND = 1;
const EPHEMERAL = 64;

const property = (name: string) => (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents("vevent")
    .map((v) => String(v.getFirstPropertyValue(name)));
const summaries = property("summary");
const categories = property("categories");

/** Everything a socket receives until the server closes it. */
async function text(socket: Socket): Promise<string> {
  let received = "";
  for await (const chunk of socket) received += String(chunk);
  return received;
}

describe("the calendar feed, served and exported", () => {
  let h: Harness;
  const get = async (path: string, method = "GET") => {
    const res = await fetch(`http://127.0.0.1:${h.http!.port}${path}`, { method });
    return {
      status: res.status,
      type: res.headers.get("content-type"),
      disposition: res.headers.get("content-disposition"),
      text: await res.text(),
    };
  };
  const exportCalendar = (options: { name: string; value: string }[], locale?: string) =>
    h.discord.answer({
      name: "calendar",
      locale,
      options: [
        {
          name: "export",
          type: SUBCOMMAND,
          options: options.map((o) => ({ ...o, type: STRING })),
        },
      ],
    });

  beforeAll(async () => {
    h = await startHarness({ http: true, publicUrl: "https://yaddash.example/feeds/" });
  });
  afterAll(() => h.stop());

  it("serves /calendar.ics for calendar apps to subscribe to, in the language and kinds asked for", async () => {
    const az = await get("/calendar.ics?lang=az&kinds=city-day");
    expect(az.status).toBe(200);
    expect(az.type).toBe("text/calendar; charset=utf-8");
    expect(az.disposition).toBe('inline; filename="yaddash-az.ics"');
    // 06:00 UTC on 25 November 2026 (the harness's clock): Kalbajar City Day is today.
    expect(summaries(az.text)[0]).toBe("Kəlbəcər Şəhəri Günü — 6-cı ildönümü");
    expect(new Set(categories(az.text))).toEqual(new Set(["Şəhər günü"]));
    const head = await get("/calendar.ics?lang=az", "HEAD");
    expect(head).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8", text: "" });
  });

  it("survives request targets that are valid HTTP but no URL (the listener faces the internet)", async () => {
    for (const target of ["//", "//a:b", "//x:99999", "//@", "//["]) {
      const socket = connect(h.http!.port, "127.0.0.1");
      socket.end(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      const [status] = (await text(socket)).split("\r\n");
      expect(status, target).toBe("HTTP/1.1 404 Not Found");
    }
    expect((await get("/calendar.ics?lang=az")).status).toBe(200);
  });

  it("refuses a language or kind it does not have, saying what is accepted and not repeating what was asked", async () => {
    expect(await get("/calendar.ics?lang=de")).toMatchObject({
      status: 400,
      text: "The lang parameter accepts en, az or ru.\n",
    });
    const ru = await get("/calendar.ics?lang=ru&kinds=parades");
    expect(ru.status).toBe(400);
    expect(ru.text).toMatch(/^Параметр kinds принимает all .*: public-holiday, memorial-day/);
    expect(ru.text).not.toContain("parades");
  });

  it("/calendar export attaches the next 12 months as .ics, privately, with the feed's address", async () => {
    const { callback, data } = await exportCalendar([
      { name: "language", value: "ru" },
      { name: "kinds", value: "city-day" },
    ]);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.allowed_mentions.parse).toEqual([]);
    const [file] = callback.uploaded;
    expect(file).toMatchObject({ field: "files[0]", name: "yaddash-ru.ics" });
    const days = summaries(file.text);
    expect(days[0]).toBe("День города Кяльбаджар — 6-я годовщина");
    const [exported, subscribe] = data.content.split("\n");
    expect(exported).toMatch(
      new RegExp(`^Ближайшие 12 месяцев \\(${days.length} (день|дня|дней)\\)`),
    );
    expect(subscribe).toBe(
      "Чтобы получать и изменения, подпишитесь на календарь по его адресу: <https://yaddash.example/feeds/calendar.ics?lang=ru&kinds=city-day>",
    );
  });

  it("/calendar export with an unknown kind is an ephemeral answer in the user's language", async () => {
    const { callback, data } = await exportCalendar([{ name: "kinds", value: "parades" }], "tr");
    expect(data.flags).toBe(EPHEMERAL);
    expect(callback.uploaded).toBeUndefined();
    expect(data.content).toMatch(/^Naməlum növ: «parades»\. Mümkün dəyərlər/);
  });
});
