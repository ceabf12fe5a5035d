/**
 * Every text a user reads, in English. The keys are the contract: az.ts and ru.ts hold the same
 * keys with the same placeholders. `{name}` is a value; `{name, ordinal}` writes a number as an
 * ordinal of the language, `{name, date}` an ISO date as the language writes it; an object is chosen
 * by the plural category of `count`.
 * Keys ending in `.name` and `.description` label slash commands and their options for Discord.
 */
export const en = {
  "kind.public-holiday": "Public holiday",
  "kind.memorial-day": "Day of mourning",
  "kind.state-day": "Commemorative day",
  "kind.city-day": "City day",
  "kind.professional-day": "Professional day",
  "kind.occupation-anniversary": "Anniversary of an occupation",
  "kind.anniversary": "Anniversary of an event",
  "kind.server-day": "A server's own date",

  "section.observed": "Official days",
  "section.unofficial": "Anniversaries of events (no official status)",
  "post.status": "Status",
  "post.unofficial":
    "No official status: the anniversary of an event, not a day established by a legal act.",

  "act.decree": "decree",
  "act.order": "order",
  "act.law": "law",
  "act.resolution": "resolution",
  "act.decision": "decision",
  "issuer.president": "the President of the Republic of Azerbaijan",
  "issuer.milli-majlis": "the Milli Majlis",
  "issuer.cabinet": "the Cabinet of Ministers",
  "issuer.supreme-council": "the Supreme Council",
  "issuer.nakhchivan-supreme-majlis": "the Supreme Majlis of the Nakhchivan Autonomous Republic",
  "act.established": "By {act} of {issuer} of {date}",
  "act.establishedNumbered": "By {act} No. {number} of {issuer} of {date}",

  "post.date": "Date",
  "post.kind": "Kind",
  "post.commemorates": "Since the event",
  "post.established": "Established",
  "post.facts": "Key facts",
  "post.sources": "Sources",
  "post.undated": "n.d.",
  "post.anniversary": "{count, ordinal} anniversary",
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
  "dayOff.holiday": {
    one: "{names} is a public holiday.",
    other: "{names} are public holidays.",
  },
  "dayOff.mourning": "{names} is a non-working day.",
  "dayOff.moved":
    "{holiday} fell on {weekday}, {date}, a rest day, so that rest day moved to this day.",
  "dayOff.overlap":
    "On {date}, {holiday} coincided with {other}, so this day is also a day off (Labour Code, Art. 105.6).",
  "dayOff.transfer":
    "By a decision of the Cabinet of Ministers, the rest day of {date} was transferred to this day.",
  "dayOff.workingInstead":
    "By a decision of the Cabinet of Ministers, this rest day was transferred to {weekday}, {date}.",
  "dayOff.movesTo": "The rest day moves to {weekday}, {date}.",
  "dayOff.extraDayOff":
    "Under Art. 105.6 of the Labour Code, the next working day, {weekday}, {date}, is a day off.",
  "dayOff.restDaySentence": "{weekday}, {date}, is a weekly rest day.",
  "dayOff.workingDaySentence": "{weekday}, {date}, is a working day.",
  "dayOff.byDecision": "a day off set by decision",
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
  "today.description": "Today's official days and anniversaries of events in Azerbaijan",
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
  "serverDates.name": "date",
  "serverDates.description": "This server's own dates, posted with the calendar's (Manage Server)",
  "serverDates.add.name": "add",
  "serverDates.add.description": "Add a date that this server's subscriptions post",
  "serverDates.list.name": "list",
  "serverDates.list.description": "This server's own dates",
  "serverDates.edit.name": "edit",
  "serverDates.edit.description": "Change one of this server's dates",
  "serverDates.remove.name": "remove",
  "serverDates.remove.description": "Remove one of this server's dates",
  "serverDates.which.name": "which",
  "serverDates.which.description": "Which date",
  "serverDates.title.name": "name",
  "serverDates.title.description": "The date's name, up to 100 characters",
  "serverDates.day.name": "date",
  "serverDates.day.description":
    "The day, e.g. 25 November or 25.11; with once, a date like 25.11.2027",
  "serverDates.text.name": "text",
  "serverDates.text.description": "What the post says, up to 500 characters",
  "serverDates.once.name": "once",
  "serverDates.once.description": "Only on that date, not every year",
  "serverDates.firstYear.name": "first-year",
  "serverDates.firstYear.description": "The year it began, to count anniversaries",
  "serverDates.onlyLanguage.name": "only-language",
  "serverDates.onlyLanguage.description":
    "Post it only to this server's subscriptions in this language",
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
  "subscription.cadence.name": "cadence",
  "subscription.cadence.description": "Daily posts, or a weekly digest of the coming seven days",
  "subscription.weekday.name": "weekday",
  "subscription.weekday.description": "The weekly digest's day (default Monday)",
  "subscription.events.name": "events",
  "subscription.events.description":
    "Also keep the server's scheduled events for the coming week (Manage Events)",
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
    "{channel} cannot take posts. Choose a text, announcement or forum channel, or a thread.",
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

  "week.title": "The week ahead: {from} – {to}",
  "week.more": { one: "…and {count} more day", other: "…and {count} more days" },
  "cadence.daily": "Daily",
  "cadence.weekly": "Weekly digest",
  "admin.weekly": "weekly digest on {weekday}",
  "error.cadence": 'Unknown cadence "{value}". Choose daily or weekly.',
  "error.weekday": "weekday must be from 1 (Monday) to 7 (Sunday), not {value}.",

  "serverDate.nameField": "The name",
  "serverDate.textField": "The text",
  "serverDate.everyYear": "every year",
  "serverDate.once": "once, in {year}",
  "serverDate.since": "since {year}",
  "serverDate.onlyLanguage": "to the {language} subscriptions only",
  "serverDate.added": "Added: {date}",
  "serverDate.updated": "Updated: {date}",
  "serverDate.removed": "Removed: {name}.",
  "serverDate.none": "This server has no dates of its own yet. Add one with /date add.",
  "serverDate.listHeader": "{count} of {max} dates of this server:",
  "post.serverDate": "A date of this server, added by its admins",
  "error.serverDateLength": "{field} must be 1 to {max} characters long.",
  "error.serverDateMention":
    "{field} may not mention anyone: no @user, @role, #channel, @everyone or @here.",
  "error.serverDateMaskedLink":
    "{field} may not hide a link behind text ([text](address)); write the address itself.",
  "error.serverDatePassed": "{date, date} has passed: a one-off date must be today or later.",
  "error.serverDateFirstYear": "first-year must be from 1000 to {max}, not {value}.",
  "error.serverDateCap": "A server can have at most {max} dates of its own. Remove one first.",
  "error.noServerDate": "No such date in this server. Pick one from the list, or see /date list.",
  "error.memberLacksForDate":
    "This date is posted to {channel}, where you can't post yourself (you lack {missing} there), so I won't do it for you.",

  "events.location": "Azerbaijan",
  "admin.events": "scheduled events",
  "error.createEvents":
    "I need the Create Events permission in this server to keep its scheduled events. Grant it, then try again.",
  "error.memberCreateEvents":
    "You can't create events in this server yourself (you lack Create Events), so I won't create them for you.",
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

  "feed.badLanguage": "The lang parameter accepts en, az or ru.",
  "feed.badKinds":
    "The kinds parameter accepts all, or one or more of these kinds, comma-separated: {accepted}.",

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
    "Operators (against DATABASE_URL, beside the running bot):\n  subscriptions list [--guild <id>] [--json]\n  subscriptions pause|resume|remove <subscription id>\n  calendar reload                 validate data/ and have every running bot reload it",
  "operator.reloadAsked":
    "The calendar data is valid ({observances}); each running bot reloads it at its next tick, within a minute.",
  "operator.none": "No subscriptions.",
  "operator.badAction": 'Unknown or missing action "{value}".',
  "operator.missingId": "Missing the subscription id.",
  "operator.notFound": 'No subscription "{value}". See: subscriptions list',
  "operator.paused": "Paused: {subscription}",
  "operator.resumed": "Resumed: {subscription}",
  "operator.removed": "Removed: {subscription}",
  "store.usage":
    "Moving the store (stop the bot first):\n  store copy --to <file:… or postgres://…> [--schema <name>]",
  "store.copied":
    "Copied into the new store:\nsubscriptions: {subscriptions}\nserver dates: {dates}\nscheduled events: {events}\nposts in the outbox: {posts}\nmembers' reminders: {reminders}",
  "store.notEmpty":
    "The new store already has subscriptions; nothing was copied. Copy into an empty store.",

  // Issue 23, part 2 (helper intro): a subscription's intro line.
  "subscription.intro.name": "intro",
  "subscription.intro.description":
    "A line above each post; placeholders in braces: name, date, anniversary, days, role. - removes it",
  "subscription.introField": "The intro",
  "error.introMention":
    "{field} may not mention anyone itself: write {role} for the subscription's role; no @user, other roles, #channel, @everyone or @here.",
  "error.introPlaceholder": "Unknown placeholder {value}. Accepted: {accepted}.",
  "admin.intro": "Intro: {intro}",
  // Issue 23, part 5 (helper intro): look-ups anywhere.
  "error.botNotInServer":
    "This command works in a server yaddash has been added to, and it is not in this one. A server's admin can add it with its invite link; the look-ups (/today, /next, /on, /dayoff, …) work here as they are.",
  // live: the live upcoming-days message (issue 23, part 4)
  "subscription.live.name": "live",
  "subscription.live.description":
    "Keep one message here listing the next 10 days, edited as they change",
  "subscription.pin.name": "pin",
  "subscription.pin.description": "Pin the live message (Pin Messages)",
  "live.title": "Upcoming days",
  "live.footer": "Updated each day at midnight ({zone}) and when the calendar changes",
  "live.nothing": "Nothing of the chosen kinds is coming up.",
  "admin.live": "live message",
  "admin.livePinned": "pinned live message",
  "error.botPinMessages":
    "I need the Pin Messages permission in {channel} to pin the live message. Grant it, or leave pin off.",
  "error.memberPinMessages":
    "You can't pin messages in {channel} yourself (you lack Pin Messages), so I won't pin for you.",
  // remind: members' reminders by direct message (issue 23, point 6)
  "remind.name": "remind",
  "remind.description": "A direct message the day before the days you choose",
  "remind.add.name": "add",
  "remind.add.description": "Remind me the day before a day, or before every day of a kind",
  "remind.day.name": "day",
  "remind.day.description": "The day (type part of its name)",
  "remind.kind.name": "kind",
  "remind.kind.description": "Every day of this kind",
  "remind.list.name": "list",
  "remind.list.description": "My reminders",
  "remind.remove.name": "remove",
  "remind.remove.description": "Remove one reminder, or all of them and everything kept about me",
  "remind.reminder.name": "reminder",
  "remind.reminder.description": "The reminder to remove",
  "remind.all.name": "all",
  "remind.all.description": "Remove all my reminders and everything the bot keeps about me",
  "remind.resume.name": "resume",
  "remind.resume.description": "Start my reminders again after allowing direct messages",
  "remind.added":
    "Done. I will send you a direct message at 18:00 (Baku time) the day before {target}, in this language. Next: {date}.",
  "remind.already": "You already have this reminder; its messages will now be in this language.",
  "remind.everyKind": "every day of the kind “{kind}”",
  "remind.needTarget": "Choose a day or a kind (one of the two).",
  "remind.needWhich": "Choose the reminder to remove, or all:true to remove them all.",
  "remind.unknownDay":
    'There is no day "{value}". Type part of its name and choose one of the suggestions.',
  "remind.cap": "You have {max} reminders, the most one member can keep. Remove one first.",
  "remind.none": "You have no reminders. Add one with /remind add.",
  "remind.listTitle": "Your reminders (a direct message at 18:00 Baku time the day before)",
  "remind.next": "next: {date}",
  "remind.paused":
    "Paused: Discord does not let me send you direct messages ({reason}). Allow direct messages from the members of a server we share (that server's Privacy Settings), then run /remind resume.",
  "remind.stored":
    "I keep only your Discord user id, these reminders and the language of your messages. /remind remove all:true erases everything.",
  "remind.removed": "Removed: {target}.",
  "remind.notFound": "You have no such reminder. /remind list shows yours.",
  "remind.erased": "Done: your reminders, and everything I kept about you, are erased.",
  "remind.nothingKept": "I keep nothing about you.",
  "remind.resumed": "Resumed: your reminders will come again.",
  "remind.notPaused": "Your reminders are not paused.",
  "remind.footer": "You asked for this with /remind. /remind remove stops it.",
  "remind.button": "Remind me",
  "remind.buttonAdded":
    "Done. I will send you a direct message at 18:00 (Baku time) the day before: {days}. /remind list shows all yours.",
  "remind.buttonAlready": "You already have reminders of: {days}.",
  // components: buttons, menus, /help, /setup, confirmations, paging
  "error.componentExpired":
    "This button or menu has expired (the bot restarted, or too much time passed). Run the command again.",
  "error.componentNotYours":
    "Only {user}, who ran this command, can use these buttons. Run the command yourself to get your own.",
  "help.name": "help",
  "help.description": "What yaddash does, and every command with an example",
  "help.title": "yaddash — help",
  "help.intro":
    "Look up any day here, privately or for the channel; server admins have the day's dates posted to a channel every morning, in English, Azerbaijani or Russian.",
  "help.lookUps": "Look-ups, for everyone",
  "help.admins": "For server admins (Manage Server)",
  "help.buttons":
    "Buttons: {next} and {dayoff} page with ◀ and ▶; {remove} and {removeDate} ask you to confirm; {remindMe} under a day's post sends you a direct message the evening before. Only the member who ran a command can use its buttons.",
  "help.exampleDate": "28 May",
  "help.exampleEvent": "Novruz",
  "help.exampleSearch": "Shusha",
  "help.exampleDateName": "Server birthday",
  "admin.confirmRemove":
    "Remove the subscription of {channel} ({time} {zone}, {language})? Its posts stop, and it cannot be undone.",
  "confirm.remove": "Remove",
  "confirm.cancel": "Cancel",
  "confirm.cancelled": "Nothing was removed.",
  "page.previous": "◀ Previous",
  "page.next": "Next ▶",
  "setup.name": "setup",
  "setup.description":
    "Set up daily posts step by step: channel, role, kinds, time, language (Manage Server)",
  "setup.title": "Set up daily posts",
  "setup.where":
    "**Step 1 of 2 — where.** Choose the channel, a role to mention if you want one, and the kinds of days (none chosen: all).",
  "setup.when":
    "**Step 2 of 2 — when.** Choose the time, the time zone and the language of the posts. Preview the first post, then subscribe.",
  "setup.summary":
    "Channel: {channel}\nRole: {role}\nKinds: {kinds}\nTime: {time} ({zone})\nLanguage: {language}",
  "setup.channel": "Channel to post in",
  "setup.role": "Role to mention (optional)",
  "setup.kinds": "Kinds of days (none: all)",
  "setup.time": "Post time (other minutes: /subscription edit)",
  "setup.zone": "Time zone (others: /subscription edit)",
  "setup.language": "Language of the posts",
  "setup.next": "Next ▶",
  "setup.back": "◀ Back",
  "setup.preview": "Preview",
  "setup.confirm": "Subscribe",
  "setup.noRole": "none",
  "setup.chooseChannel": "Choose a channel first.",
  "setup.cancelled": "Set-up cancelled; nothing was saved.",
  "setup.nothingToPost": "With these kinds there is nothing to post in the coming year.",
  // threads and forums (issue 23, part 3)
  "subscription.thread.name": "thread",
  "subscription.thread.description":
    "Open a thread on each post, archived after this idle time (in a forum: each post's)",
  "thread.off": "No thread",
  "thread.hour": "1 hour",
  "thread.day": "1 day",
  "thread.3days": "3 days",
  "thread.week": "1 week",
  "admin.thread": "thread on each post, archived after {period}",
  "permission.createPublicThreads": "Create Public Threads",
  "permission.manageChannels": "Manage Channels (to add the forum's tags)",
  "error.threadInThread":
    "{channel} is a thread, and a thread cannot hold threads. Choose its channel, or leave thread off.",
  "error.forumNeedsTags":
    "{channel} requires a tag on each post, and it has none of mine: create the tags {tags} there, or give me Manage Channels to create them, then try again.",
  "error.threadChoice": 'Unknown thread period "{value}". Accepted: {accepted}.',
  "tag.public-holiday": "Public holiday",
  "tag.memorial-day": "Day of mourning",
  "tag.state-day": "Commemorative day",
  "tag.city-day": "City day",
  "tag.professional-day": "Professional day",
  "tag.occupation-anniversary": "Occupation",
  "tag.anniversary": "Anniversary",
  "tag.server-day": "Server's date",
  // remindfix: a reminder added while the member's reminders are paused
  "remind.savedPaused": "Saved, but no reminder will come until you resume them.",
  // dateconfirm: /date remove asks first
  "serverDate.confirmRemove":
    "Remove {date}? It will no longer be posted, and this cannot be undone.",
} as const;
