/**
 * Every text a user reads, in English. The keys are the contract: az.ts and ru.ts hold the same
 * keys with the same placeholders. `{name}` is a value; `{name, ordinal}` writes a number as an
 * ordinal of the language; an object is chosen by the plural category of `count`.
 * Keys ending in `.name` and `.description` label slash commands and their options for Discord.
 */
export const en = {
  "kind.public-holiday": "Public holiday",
  "kind.memorial-day": "Memorial day",
  "kind.state-day": "State day",
  "kind.city-day": "City day",
  "kind.anniversary": "Anniversary",

  "post.date": "Date",
  "post.kind": "Kind",
  "post.commemorates": "Since the event",
  "post.established": "Established",
  "post.facts": "Key facts",
  "post.sources": "Sources",
  "post.undated": "n.d.",
  "post.anniversary": "{count, ordinal} anniversary",
  "post.years": { one: "{count} year", other: "{count} years" },
  "post.yearsSince": { one: "{count} year since {date}", other: "{count} years since {date}" },
  "post.inDays": { one: "In {count} day", other: "In {count} days" },
  "post.nothingOn": "Nothing in the calendar on {date}.",
  "post.nextUp": "Next",
  "post.searchResults": { one: "{count} match", other: "{count} matches" },
  "post.expected": "Expected date",
  "post.expectedMark": "expected",
  "post.expectedDate":
    "Computed from the Umm al-Qura Hijri calendar; the Cabinet of Ministers announces the dates for the next year by the end of December.",
  "post.dayOfHoliday": "day {day} of {days}",

  "dayOff.nonWorking": "Non-working day",
  "dayOff.restDay": "Rest day",
  "dayOff.workingDay": "Working day",
  "dayOff.holiday": { one: "Holiday: {names}.", other: "Holidays: {names}." },
  "dayOff.moved": "{holiday} fell on the rest day of {from}; that rest day moved to this day.",
  "dayOff.overlap":
    "On {from}, {holiday} coincided with {other}, so this day is also a day off (Labour Code, Art. 105.6).",
  "dayOff.transfer":
    "The day off of {from} was transferred to this day by a decision of the Cabinet of Ministers.",
  "dayOff.workingInstead":
    "Its day off was transferred to {to} by a decision of the Cabinet of Ministers.",
  "dayOff.movesTo": "Its day off moves to {to}.",
  "dayOff.extraDayOff":
    "Under Art. 105.6 of the Labour Code, the next working day, {to}, is a day off.",
  "dayOff.expected":
    "Expected: worked out from the Labour Code; a decision of the Cabinet of Ministers may still move days off.",
  "dayOff.nextDaysOff": "Next days off",
  "dayOff.count": { one: "{count} day off", other: "{count} days off" },
  "dayOff.none": "No days off are known in the next year.",

  "feed.title": "yaddash: commemorative dates of Azerbaijan",
  "feed.summary":
    "Official days, city days and anniversaries of Azerbaijan, each with a neutral summary and its sources.",

  "feed.exported": {
    one: "The next 12 months, {count} day, in the attached .ics file: import it into Google, Apple or Outlook Calendar.",
    other:
      "The next 12 months, {count} days, in the attached .ics file: import it into Google, Apple or Outlook Calendar.",
  },
  "feed.subscribe": "To get the changes as well, subscribe to the calendar by its address: {url}",

  "option.language.name": "language",
  "option.language.description": "Language: English, Azerbaijani or Russian",
  "today.name": "today",
  "today.description": "What Azerbaijan observes today",
  "next.name": "next",
  "next.description": "The next commemorative dates",
  "next.count.name": "count",
  "next.count.description": "How many (1–10, default 5)",
  "next.kind.name": "kind",
  "next.kind.description": "Only this kind of day",
  "on.name": "on",
  "on.description": "What is observed on a date",
  "on.date.name": "date",
  "on.date.description": "e.g. 25 November, 25.11, 2026-11-25, 25 noyabr, 25 ноября",
  "dayoff.name": "dayoff",
  "dayoff.description": "The next days off in Azerbaijan, and why",
  "dayoff.count.name": "count",
  "dayoff.count.description": "How many breaks (1–10, default 3)",
  "event.name": "event",
  "event.description": "One commemorative day: its next date, summary and sources",
  "event.query.name": "name",
  "event.query.description": "Name in English, Azerbaijani or Russian",
  "search.name": "search",
  "search.description": "Find commemorative days by name, in English, Azerbaijani or Russian",
  "search.query.name": "query",
  "search.query.description": "e.g. Kalbajar, Kəlbəcər, Кяльбаджар, victory",
  "about.name": "about",
  "about.description": "About yaddash: version, data and how to report an error",
  "calendar.name": "calendar",
  "calendar.description": "The calendar as a file for Google, Apple or Outlook Calendar",
  "calendar.export.name": "export",
  "calendar.export.description": "The next 12 months as an .ics file",
  "calendar.kinds.name": "kinds",
  "calendar.kinds.description":
    "Only these kinds, comma-separated (e.g. city-day,public-holiday), or all",
  "subscription.name": "subscription",
  "subscription.description": "Manage where and when daily posts go (Manage Server)",
  "subscription.add.name": "add",
  "subscription.add.description": "Send daily posts to a channel",
  "subscription.remove.name": "remove",
  "subscription.remove.description": "Stop a subscription",
  "subscription.list.name": "list",
  "subscription.list.description": "This server's subscriptions",
  "subscription.edit.name": "edit",
  "subscription.edit.description": "Change a subscription",
  "subscription.pause.name": "pause",
  "subscription.pause.description": "Pause a subscription",
  "subscription.resume.name": "resume",
  "subscription.resume.description": "Resume a paused or broken subscription",
  "subscription.preview.name": "preview",
  "subscription.preview.description": "What the channel would get on a date",
  "subscription.pick.name": "subscription",
  "subscription.pick.description": "Which subscription",
  "subscription.noRole.name": "no-role",
  "subscription.noRole.description": "Stop mentioning a role",
  "subscription.date.name": "date",
  "subscription.date.description": "Date (default today), e.g. 25 November",
  "subscription.post.name": "post",
  "subscription.post.description": "Send it to the channel as a test",
  "subscription.channel.name": "channel",
  "subscription.channel.description": "Channel that gets the posts",
  "subscription.time.name": "time",
  "subscription.time.description": "Local post time, HH:mm (default 09:00)",
  "subscription.timezone.name": "timezone",
  "subscription.timezone.description": "IANA time zone (default Asia/Baku)",
  "subscription.role.name": "role",
  "subscription.role.description": "Role to mention in each post",
  "subscription.kinds.name": "kinds",
  "subscription.kinds.description":
    "Only these kinds, comma-separated (e.g. city-day,public-holiday), or all",
  "subscription.remindDays.name": "remind-days",
  "subscription.remindDays.description": "Also remind this many days before (0–7)",
  "subscription.publish.name": "publish",
  "subscription.publish.description":
    "In an announcement channel, publish each post to following servers",

  "dates.accepted": "{formats} (a year may follow a month name)",

  "error.apology":
    "Sorry, something went wrong on our side. It has been logged; please try again later.",
  "error.storeUnavailable":
    "The subscription store is unavailable right now (it is restarting or unreachable). Nothing was changed; please try again in a minute.",
  "error.guildOnly": "This command works inside a server, not in direct messages.",
  "error.manageServer":
    "You need the Manage Server permission to manage this server's subscriptions.",
  "error.unknownSubcommand": 'Unknown subcommand "{value}". Accepted: {accepted}.',
  "error.unknownLanguage": 'Unknown language "{value}". Choose en, az or ru.',
  "error.unknownKind": 'Unknown kind "{value}". Choose one of: {accepted}.',
  "error.unknownKinds": 'Unknown kind "{value}". Accepted (comma-separated): {accepted}.',
  "error.count": "count must be a whole number from 1 to 10, not {value}.",
  "error.remindDays": "remind-days must be from 0 to 7, not {value}.",
  "error.notATime": '"{value}" is not a time. Use 24-hour HH:mm, e.g. 09:00 or 18:30.',
  "error.notATimeZone":
    '"{value}" is not a time zone I know. Use an IANA name such as Asia/Baku. Closest: {closest}.',
  "error.notADate": '"{value}" is not a date I can read. Accepted: {accepted}.',
  "error.notARealDate": '"{value}" is not a real date ({year}: no day {day} in month {month}).',
  "error.noEvent":
    'No commemorative day matches "{query}". Try /search, or pick a name from the list.',
  "error.noSearchResult": 'Nothing matches "{query}". Try another spelling, or /next to browse.',
  "error.noSubscription":
    "No such subscription in this server. Pick one from the list, or see /subscription list.",
  "error.cannotSeeChannel": "I can't see {channel}. Give me View Channel there, then try again.",
  "error.channelGone": "{channel} no longer exists or I can't see it.",
  "error.cannotTakePosts":
    "{channel} cannot take posts. Choose a text or announcement channel, or a thread.",
  "error.cannotTakeMessages": "{channel} cannot take messages.",
  "error.botLacks":
    "I can't post in {channel}: I am missing {missing} there. Grant it, then try again.",
  "error.memberLacks":
    "You can't do that yourself in {channel} (you lack {missing} there), so I won't do it for you.",
  "error.subscriptionCap": "A server can have at most {max} subscriptions. Remove one first.",
  "error.subscriptionDuplicate":
    "That channel already has a subscription in that language. Change it with /subscription edit.",
  "error.subscriptionTaken": "That channel already has a subscription in that language.",

  "permission.viewChannel": "View Channel",
  "permission.sendMessages": "Send Messages",
  "permission.sendMessagesInThreads": "Send Messages in Threads",
  "permission.embedLinks": "Embed Links",
  "permission.readMessageHistory": "Read Message History",
  "permission.mentionEveryone":
    "Mention @everyone, @here and All Roles (to mention @{role}, which is not mentionable)",

  "admin.added": "Subscribed.\n{subscription}",
  "admin.updated": "Updated.\n{subscription}",
  "admin.paused": "Paused.\n{subscription}",
  "admin.resumed": "Resumed.\n{subscription}",
  "admin.removed": "Removed the subscription of {channel} ({time} {zone}, {language}).",
  "admin.none": "No subscriptions yet. Add one with /subscription add.",
  "admin.listHeader": "{count} of {max} subscriptions:",
  "admin.listCut": "(list cut: too long for one message)",
  "admin.noHistory": {
    one: "⚠ I lack Read Message History in {channel}: a post whose answer from Discord was lost is retried only within {count} minute, and otherwise not at all, so that it is never posted twice. Grant it to have every post checked and retried.",
    other:
      "⚠ I lack Read Message History in {channel}: a post whose answer from Discord was lost is retried only within {count} minutes, and otherwise not at all, so that it is never posted twice. Grant it to have every post checked and retried.",
  },
  "admin.nothingToPreview": "Nothing would be posted to {channel} on {date}.",
  "admin.testPost": "Test post (preview of {date})",
  "admin.testPostsSent": {
    one: "Sent {count} test post to {channel}; no one was pinged.",
    other: "Sent {count} test posts to {channel}; no one was pinged.",
  },
  "admin.allKinds": "all kinds",
  "admin.reminder": { one: "reminder {count} day before", other: "reminder {count} days before" },
  "admin.nextPost": "next post {at} ({relative})",
  "admin.noUpcoming": "no upcoming day matches its kinds",
  "admin.active": "active · {upcoming}",
  "admin.paused.since": "paused {since}",
  "admin.broken.since": "**broken** {since}: {reason} — fix it, then /subscription resume",
  "admin.unknownReason": "unknown reason",
  "admin.lastPost": "last post {when}",
  "admin.noPostYet": "no post yet",
  "admin.lastError": "last error: {error}",
  "admin.status.paused": "paused",
  "admin.status.broken": "broken",

  "about.summary":
    "A calendar of Azerbaijan's commemorative dates: official days, city days and anniversaries, with a neutral summary and the sources of every entry.",
  "about.version": "Version",
  "about.calendar": "Calendar",
  "about.days": { one: "{count} day", other: "{count} days" },
  "about.sources": { one: "{count} source", other: "{count} sources" },
  "about.dataTitle": "Where the data comes from",
  "about.data":
    "Official texts and news reports, cited in each post's footer and in full by /event. The calendar is reviewed data, not generated text.",
  "about.reportTitle": "Report an error",
  "about.report":
    "Tell the server's admins or the bot's maintainers which day is wrong and, if you can, a source for the correction.",

  "page.title": "Commemorative dates of Azerbaijan",
  "page.upcoming": "The next days",
  "page.feed": "Subscribe in your calendar app (.ics)",
  "page.languages": "Language",
  "page.languageName": "English",
  "page.status": "Bot status",
  "page.statusOk": "working",
  "page.statusFailing": "not working fully (failing: {parts})",

  "page.part.gateway": "connection to Discord",
  "page.part.store": "subscription store",
  "page.part.scheduler": "scheduler",

  "console.banner": "DISCORD_TOKEN is not set: console mode, offline. Today's posts ({zone}):",
  "console.prompt":
    'Type a look-up (today, next, on 25 November, event kalbajar, search victory), "help", or "exit".',
  "console.usage":
    "Commands:\n  today                     what is observed today\n  next [--count N]          the next N occurrences (1–50, default 5)\n  on <date>                 what is observed on a date, and whether it is a working day\n  dayoff [--count N]        the next N breaks from work (holidays, moved rest days; default 5)\n  event <id or name>        one observance, its next date and its sources\n  search <text>             find observances by name in English, Azerbaijani or Russian\n  validate                  check the calendar data; list the movable days, confirmed or expected\nOptions: --date <date> (instead of today), --tz <IANA zone>, --lang en|az|ru, --json\nDates: {dates}",
  "console.badLanguage": '--lang "{value}" is not supported. Accepted: en, az, ru.',
  "console.badZone":
    '--tz "{value}" is not an IANA time zone. Accepted: names like Asia/Baku, Europe/Berlin, UTC.',
  "console.badCount": '--count "{value}" is not valid. Accepted: a whole number from 1 to 50.',
  "console.missingDate": "Missing a date. Usage: on <date>, with dates like {dates}",
  "console.missingEvent": "Missing an observance id or name. Usage: event <id or name>",
  "console.missingSearch": "Missing search text. Usage: search <text>",
  "console.noEvent": 'No observance matches "{query}". Try: search {query}',
  "console.noSearchResult": 'No observance matches "{query}".',
  "console.unknownCommand": 'Unknown command "{value}".',
  "console.valid": "The calendar is valid: {observances}, {sources}, {daysOff}.",
  "console.observances": { one: "{count} observance", other: "{count} observances" },
  "console.daysOffAnnounced": "days off announced {from}–{to}",
  "console.noDaysOffAnnounced": "no days off announced",
  "console.movable":
    "Movable days (confirmed: announced by the Cabinet of Ministers; or expected):",
  "console.confirmed": "confirmed",
  "console.expected": "expected",
  "console.computed": "computed: Umm al-Qura",

  "operator.usage":
    "Operators (against DATABASE_URL, beside the running bot):\n  subscriptions list [--guild <id>] [--json]\n  subscriptions pause|resume|remove <subscription id>",
  "operator.none": "No subscriptions.",
  "operator.badAction": 'Unknown or missing action "{value}".',
  "operator.missingId": "Missing the subscription id.",
  "operator.notFound": 'No subscription "{value}". See: subscriptions list',
  "operator.paused": "Paused: {subscription}",
  "operator.resumed": "Resumed: {subscription}",
  "operator.removed": "Removed: {subscription}",
} as const;
