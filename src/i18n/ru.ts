import type { Table } from "./string-table.js";

/** Every text a user reads, in Russian; the same keys and placeholders as en.ts. */
export const ru: Table = {
  "kind.public-holiday": "Праздничный день",
  "kind.memorial-day": "Траурная дата",
  "kind.state-day": "Памятная дата",
  "kind.city-day": "День города",
  "kind.professional-day": "Профессиональный праздник",
  "kind.occupation-anniversary": "Годовщина оккупации",
  "kind.anniversary": "Годовщина события",
  "kind.server-day": "Собственная дата сервера",

  "section.observed": "Официальные дни",
  "section.unofficial": "Годовщины событий (без официального статуса)",
  "post.status": "Статус",
  "post.unofficial":
    "Без официального статуса: это годовщина события, а не день, установленный правовым актом.",

  "act.decree": "указом",
  "act.order": "распоряжением",
  "act.law": "законом",
  "act.resolution": "постановлением",
  "act.decision": "решением",
  "issuer.president": "Президента Азербайджанской Республики",
  "issuer.milli-majlis": "Милли Меджлиса",
  "issuer.cabinet": "Кабинета министров",
  "issuer.supreme-council": "Верховного Совета",
  "issuer.nakhchivan-supreme-majlis": "Верховного Меджлиса Нахчыванской Автономной Республики",
  "act.established": "{act} {issuer} от {date}",
  "act.establishedNumbered": "{act} {issuer} от {date} № {number}",

  "post.date": "Дата",
  "post.kind": "Тип",
  "post.commemorates": "С момента события",
  "post.established": "Установлен",
  "post.facts": "Основные факты",
  "post.sources": "Источники",
  "post.undated": "б. д.",
  "post.anniversary": "{count, ordinal} годовщина",
  "post.yearsSince": {
    one: "{count} год с {date}",
    few: "{count} года с {date}",
    many: "{count} лет с {date}",
    other: "{count} года с {date}",
  },
  "post.inDays": {
    one: "Через {count} день",
    few: "Через {count} дня",
    many: "Через {count} дней",
    other: "Через {count} дня",
  },
  "post.nothingOn": "На {date} в календаре ничего нет.",
  "post.nextUp": "Следующая дата",
  "post.searchResults": {
    one: "{count} совпадение",
    few: "{count} совпадения",
    many: "{count} совпадений",
    other: "{count} совпадения",
  },
  "post.expected": "Ожидаемая дата",
  "post.expectedMark": "ожидается",
  "post.expectedDate":
    "Рассчитана по хиджрийскому календарю Умм аль-Кура; Кабинет министров объявляет даты на следующий год до конца декабря.",
  "post.dayOfHoliday": "день {day} из {days}",

  "dayOff.nonWorking": "Нерабочий день",
  "dayOff.restDay": "Выходной день",
  "dayOff.workingDay": "Рабочий день",
  "dayOff.holiday": {
    one: "{names} — нерабочий праздничный день.",
    few: "{names} — нерабочие праздничные дни.",
    many: "{names} — нерабочие праздничные дни.",
    other: "{names} — нерабочие праздничные дни.",
  },
  "dayOff.mourning": "{names} — нерабочий день.",
  "dayOff.moved":
    "Праздник «{holiday}» пришёлся на выходной день {date} ({weekday}), поэтому выходной перенесён на этот день.",
  "dayOff.overlap":
    "{date} праздник «{holiday}» совпал с праздником «{other}», поэтому нерабочим считается и этот день (часть 6 статьи 105 Трудового кодекса).",
  "dayOff.transfer": "Решением Кабинета министров выходной день {date} перенесён на этот день.",
  "dayOff.workingInstead":
    "Решением Кабинета министров выходной перенесён с этого дня на {date} ({weekday}).",
  "dayOff.movesTo": "Выходной переносится на {date} ({weekday}).",
  "dayOff.extraDayOff":
    "По части 6 статьи 105 Трудового кодекса следующий рабочий день, {date} ({weekday}), — выходной.",
  "dayOff.restDaySentence": "{date} ({weekday}) — еженедельный выходной день.",
  "dayOff.workingDaySentence": "{date} ({weekday}) — рабочий день.",
  "dayOff.byDecision": "нерабочий день по отдельному решению",
  "dayOff.expected":
    "Ожидается: рассчитано по Трудовому кодексу; решением Кабинета министров выходные ещё могут быть перенесены.",
  "dayOff.nextDaysOff": "Ближайшие нерабочие дни",
  "dayOff.count": {
    one: "{count} нерабочий день",
    few: "{count} нерабочих дня",
    many: "{count} нерабочих дней",
    other: "{count} нерабочего дня",
  },
  "dayOff.none": "В ближайший год известных нерабочих дней нет.",

  "feed.title": "yaddash: памятные даты Азербайджана",
  "feed.summary":
    "Официальные дни, дни городов и годовщины событий в Азербайджане; у каждой записи — краткое беспристрастное описание и источники.",

  "feed.exported": {
    one: "Ближайшие 12 месяцев ({count} день) — в приложенном файле .ics: импортируйте его в календарь Google, Apple или Outlook.",
    few: "Ближайшие 12 месяцев ({count} дня) — в приложенном файле .ics: импортируйте его в календарь Google, Apple или Outlook.",
    many: "Ближайшие 12 месяцев ({count} дней) — в приложенном файле .ics: импортируйте его в календарь Google, Apple или Outlook.",
    other:
      "Ближайшие 12 месяцев ({count} дня) — в приложенном файле .ics: импортируйте его в календарь Google, Apple или Outlook.",
  },
  "feed.subscribe": "Чтобы получать и изменения, подпишитесь на календарь по его адресу: {url}",

  "option.language.name": "язык",
  "option.language.description": "Язык: английский, азербайджанский или русский",
  "today.name": "сегодня",
  "today.description": "Официальные дни и годовщины событий в Азербайджане сегодня",
  "next.name": "ближайшие",
  "next.description": "Ближайшие памятные даты",
  "next.count.name": "количество",
  "next.count.description": "Сколько (1–10, по умолчанию 5)",
  "next.kind.name": "тип",
  "next.kind.description": "Только дни этого типа",
  "on.name": "дата",
  "on.description": "Что отмечается в указанную дату",
  "on.date.name": "дата",
  "on.date.description": "например: 25 ноября, 25.11, 2026-11-25, 25 noyabr, 25 November",
  "dayoff.name": "выходные",
  "dayoff.description": "Ближайшие нерабочие дни в Азербайджане и их причины",
  "dayoff.count.name": "количество",
  "dayoff.count.description": "Сколько периодов отдыха (1–10, по умолчанию 3)",
  "event.name": "событие",
  "event.description": "Один памятный день: ближайшая дата, краткое описание и источники",
  "event.query.name": "название",
  "event.query.description": "Название на английском, азербайджанском или русском",
  "search.name": "поиск",
  "search.description": "Найти памятные дни по названию на английском, азербайджанском или русском",
  "search.query.name": "запрос",
  "search.query.description": "например: Кяльбаджар, Kəlbəcər, Kalbajar, победа",
  "about.name": "о-боте",
  "about.description": "О боте yaddash: версия, данные и как сообщить об ошибке",
  "calendar.name": "календарь",
  "calendar.description": "Календарь в виде файла для Google, Apple или Outlook",
  "calendar.export.name": "экспорт",
  "calendar.export.description": "Ближайшие 12 месяцев в виде файла .ics",
  "calendar.kinds.name": "типы",
  "calendar.kinds.description":
    "Только эти типы через запятую (например, city-day,public-holiday) или all (все)",
  "subscription.name": "подписка",
  "subscription.description":
    "Настроить, куда и когда отправлять ежедневные публикации (право «Управлять сервером»)",
  "subscription.add.name": "добавить",
  "subscription.add.description": "Отправлять ежедневные публикации в канал",
  "subscription.remove.name": "удалить",
  "subscription.remove.description": "Удалить подписку",
  "subscription.list.name": "список",
  "subscription.list.description": "Подписки этого сервера",
  "subscription.edit.name": "изменить",
  "subscription.edit.description": "Изменить подписку",
  "subscription.pause.name": "приостановить",
  "subscription.pause.description": "Приостановить подписку",
  "subscription.resume.name": "возобновить",
  "subscription.resume.description":
    "Возобновить приостановленную или остановленную из-за ошибки подписку",
  "subscription.preview.name": "предпросмотр",
  "subscription.preview.description": "Что получит канал в указанную дату",
  "subscription.pick.name": "подписка",
  "subscription.pick.description": "Какая подписка",
  "subscription.noRole.name": "без-роли",
  "subscription.noRole.description": "Больше не упоминать роль",
  "subscription.date.name": "дата",
  "subscription.date.description": "Дата (по умолчанию сегодня), например: 25 ноября",
  "subscription.post.name": "отправить",
  "subscription.post.description": "Отправить в канал как тестовую публикацию",
  "subscription.channel.name": "канал",
  "subscription.channel.description": "Канал для публикаций",
  "subscription.time.name": "время",
  "subscription.time.description": "Местное время публикации, ЧЧ:мм (по умолчанию 09:00)",
  "subscription.timezone.name": "часовой-пояс",
  "subscription.timezone.description": "Часовой пояс IANA (по умолчанию Asia/Baku)",
  "subscription.role.name": "роль",
  "subscription.role.description": "Роль для упоминания в каждой публикации",
  "subscription.kinds.name": "типы",
  "subscription.kinds.description":
    "Только эти типы через запятую (например, city-day,public-holiday) или all (все)",
  "subscription.remindDays.name": "напомнить-за",
  "subscription.remindDays.description": "За сколько дней напоминать заранее (0–7)",
  "subscription.cadence.name": "периодичность",
  "subscription.cadence.description":
    "Ежедневные публикации или еженедельная сводка на семь дней вперёд",
  "subscription.weekday.name": "день-недели",
  "subscription.weekday.description": "День еженедельной сводки (по умолчанию понедельник)",
  "subscription.events.name": "события",
  "subscription.events.description":
    "Также вести запланированные события сервера на неделю вперёд (право «Управлять событиями»)",
  "subscription.publish.name": "опубликовать",
  "subscription.publish.description":
    "В канале объявлений рассылать каждую публикацию на серверы, подписанные на канал",

  "dates.accepted": "{formats} (после названия месяца можно указать год)",

  "error.apology":
    "Извините, произошла ошибка. Она записана в журнал; пожалуйста, попробуйте позже.",
  "error.storeUnavailable":
    "Хранилище подписок сейчас недоступно (оно перезапускается или не отвечает). Ничего не изменено; пожалуйста, попробуйте ещё раз через минуту.",
  "error.guildOnly": "Эта команда работает на сервере, а не в личных сообщениях.",
  "error.manageServer":
    "Чтобы управлять подписками этого сервера, нужно право «Управлять сервером».",
  "error.unknownSubcommand": "Неизвестная подкоманда «{value}». Допустимые: {accepted}.",
  "error.unknownLanguage": "Неизвестный язык «{value}». Выберите en, az или ru.",
  "error.unknownKind": "Неизвестный тип «{value}». Выберите один из вариантов: {accepted}.",
  "error.unknownKinds": "Неизвестный тип «{value}». Допустимые (через запятую): {accepted}.",
  "error.count": "Параметр «количество» должен быть целым числом от 1 до 10, а не {value}.",
  "error.remindDays": "Параметр «напомнить-за» должен быть от 0 до 7, а не {value}.",
  "error.notATime":
    "«{value}» — это не время. Укажите время в 24-часовом формате ЧЧ:мм, например 09:00 или 18:30.",
  "error.notATimeZone":
    "Часовой пояс «{value}» не распознан. Укажите название IANA, например Asia/Baku. Наиболее похожие: {closest}.",
  "error.notADate": "Не удаётся распознать дату «{value}». Допустимые форматы: {accepted}.",
  "error.notARealDate":
    "«{value}» — несуществующая дата ({year} г.: в месяце {month} нет дня {day}).",
  "error.noEvent":
    "По запросу «{query}» памятный день не найден. Попробуйте /search или выберите название из списка.",
  "error.noSearchResult":
    "По запросу «{query}» ничего не найдено. Попробуйте другое написание или просмотрите даты через /next.",
  "error.noSubscription":
    "На этом сервере нет такой подписки. Выберите подписку из списка или посмотрите /subscription list.",
  "error.cannotSeeChannel":
    "Я не вижу {channel}. Выдайте мне там право «Просматривать каналы» и попробуйте снова.",
  "error.channelGone": "{channel} больше не существует, или я его не вижу.",
  "error.cannotTakePosts":
    "В {channel} нельзя отправлять публикации. Выберите текстовый канал, канал объявлений, форум или ветку.",
  "error.cannotTakeMessages": "В {channel} нельзя отправлять сообщения.",
  "error.botLacks":
    "Я не могу отправлять публикации в {channel}, так как у меня там нет прав: {missing}. Выдайте недостающие права и попробуйте снова.",
  "error.memberLacks":
    "Вы сами не можете сделать это в {channel} (у вас там нет прав: {missing}), поэтому я не сделаю это за вас.",
  "error.subscriptionCap":
    "На сервере может быть не более {max} подписок. Сначала удалите одну из них.",
  "error.subscriptionDuplicate":
    "Для этого канала уже есть подписка на этом языке. Измените её с помощью /subscription edit.",
  "error.subscriptionTaken": "Для этого канала уже есть подписка на этом языке.",

  "permission.viewChannel": "«Просматривать каналы»",
  "permission.sendMessages": "«Отправлять сообщения»",
  "permission.sendMessagesInThreads": "«Отправлять сообщения в ветках»",
  "permission.embedLinks": "«Встраивать ссылки»",
  "permission.readMessageHistory": "«Читать историю сообщений»",
  "permission.mentionEveryone":
    "«Упоминание @everyone, @here и всех ролей» (чтобы упомянуть роль @{role}, упоминание которой запрещено)",

  "admin.added": "Подписка добавлена.\n{subscription}",
  "admin.updated": "Подписка обновлена.\n{subscription}",
  "admin.paused": "Подписка приостановлена.\n{subscription}",
  "admin.resumed": "Подписка возобновлена.\n{subscription}",
  "admin.removed": "Подписка канала {channel} удалена ({time} {zone}, {language}).",
  "admin.none": "Подписок пока нет. Добавьте подписку с помощью /subscription add.",
  "admin.listHeader": "{count} из {max} подписок:",
  "admin.listCut": "(список обрезан: он слишком длинный для одного сообщения)",
  "admin.noHistory": {
    one: "⚠ У меня нет права «Читать историю сообщений» в {channel}: если ответ Discord на отправку публикации потерялся, повторная попытка делается только в течение {count} минуты, а иначе не делается вовсе, чтобы публикация никогда не вышла дважды. Выдайте это право, чтобы каждая публикация проверялась и при необходимости отправлялась повторно.",
    few: "⚠ У меня нет права «Читать историю сообщений» в {channel}: если ответ Discord на отправку публикации потерялся, повторная попытка делается только в течение {count} минут, а иначе не делается вовсе, чтобы публикация никогда не вышла дважды. Выдайте это право, чтобы каждая публикация проверялась и при необходимости отправлялась повторно.",
    many: "⚠ У меня нет права «Читать историю сообщений» в {channel}: если ответ Discord на отправку публикации потерялся, повторная попытка делается только в течение {count} минут, а иначе не делается вовсе, чтобы публикация никогда не вышла дважды. Выдайте это право, чтобы каждая публикация проверялась и при необходимости отправлялась повторно.",
    other:
      "⚠ У меня нет права «Читать историю сообщений» в {channel}: если ответ Discord на отправку публикации потерялся, повторная попытка делается только в течение {count} минуты, а иначе не делается вовсе, чтобы публикация никогда не вышла дважды. Выдайте это право, чтобы каждая публикация проверялась и при необходимости отправлялась повторно.",
  },
  "admin.nothingToPreview": "{date} в {channel} ничего не было бы опубликовано.",
  "admin.testPost": "Тестовая публикация (предпросмотр на {date})",
  "admin.testPostsSent": {
    one: "В {channel} отправлена {count} тестовая публикация; никто не был упомянут.",
    few: "В {channel} отправлены {count} тестовые публикации; никто не был упомянут.",
    many: "В {channel} отправлено {count} тестовых публикаций; никто не был упомянут.",
    other: "В {channel} отправлено {count} тестовой публикации; никто не был упомянут.",
  },
  "admin.allKinds": "все типы",
  "admin.reminder": {
    one: "напоминание за {count} день",
    few: "напоминание за {count} дня",
    many: "напоминание за {count} дней",
    other: "напоминание за {count} дня",
  },
  "admin.nextPost": "следующая публикация: {at} ({relative})",
  "admin.noUpcoming": "нет предстоящих дней выбранных типов",
  "admin.active": "активна · {upcoming}",
  "admin.paused.since": "приостановлена {since}",
  "admin.broken.since":
    "**остановлена из-за ошибки** {since}: {reason} — устраните причину, затем выполните /subscription resume",
  "admin.unknownReason": "причина неизвестна",
  "admin.lastPost": "последняя публикация {when}",
  "admin.noPostYet": "публикаций ещё не было",
  "admin.lastError": "последняя ошибка: {error}",
  "admin.status.paused": "приостановлена",
  "admin.status.broken": "остановлена из-за ошибки",

  "week.title": "Ближайшая неделя: {from} – {to}",
  "week.more": {
    one: "…и ещё {count} день",
    few: "…и ещё {count} дня",
    many: "…и ещё {count} дней",
    other: "…и ещё {count} дня",
  },
  "cadence.daily": "Ежедневно",
  "cadence.weekly": "Еженедельная сводка",
  "admin.weekly": "еженедельная сводка, день недели: {weekday}",
  "error.cadence":
    "Неизвестная периодичность «{value}». Выберите daily (ежедневно) или weekly (еженедельно).",
  "error.weekday":
    "Параметр «день-недели» должен быть от 1 (понедельник) до 7 (воскресенье), а не {value}.",

  "events.location": "Азербайджан",
  "admin.events": "запланированные события",
  "error.createEvents":
    "Чтобы вести запланированные события сервера, мне нужно право «Создавать события» на этом сервере. Выдайте его и попробуйте снова.",
  "error.memberCreateEvents":
    "Вы сами не можете создавать события на этом сервере (у вас нет права «Создавать события»), поэтому я не буду создавать их за вас.",
  "about.summary":
    "Календарь памятных дат Азербайджана: официальные дни, дни городов и годовщины событий — с кратким беспристрастным описанием и источниками каждой записи.",
  "about.version": "Версия",
  "about.calendar": "Календарь",
  "about.days": {
    one: "{count} день",
    few: "{count} дня",
    many: "{count} дней",
    other: "{count} дня",
  },
  "about.sources": {
    one: "{count} источник",
    few: "{count} источника",
    many: "{count} источников",
    other: "{count} источника",
  },
  "about.dataTitle": "Откуда берутся данные",
  "about.data":
    "Официальные тексты и новостные сообщения: ссылки на них приводятся в нижней части каждой публикации, а полностью — в /event. Календарь — это проверенные данные, а не сгенерированный текст.",
  "about.reportTitle": "Сообщить об ошибке",
  "about.report":
    "Сообщите администраторам сервера или разработчикам бота, какой день указан неверно, и, если можете, приведите источник для исправления.",

  "page.title": "Памятные даты Азербайджана",
  "page.upcoming": "Ближайшие дни",
  "page.feed": "Подписаться в приложении календаря (.ics)",
  "page.languages": "Язык",
  "page.languageName": "Русский",
  "page.status": "Состояние бота",
  "page.statusOk": "работает",
  "page.statusFailing": "работает не полностью (сбой: {parts})",

  "page.part.gateway": "подключение к Discord",
  "page.part.store": "хранилище подписок",
  "page.part.scheduler": "планировщик",

  "feed.badLanguage": "Параметр lang принимает значения en, az или ru.",
  "feed.badKinds":
    "Параметр kinds принимает all или один либо несколько типов через запятую: {accepted}.",

  "console.banner":
    "DISCORD_TOKEN не задан: консольный режим, без подключения к сети. Публикации на сегодня ({zone}):",
  "console.prompt":
    "Введите запрос (today, next, on 25 ноября, event кяльбаджар, search победа), «help» или «exit».",
  "console.usage":
    "Команды:\n  today                     что отмечается сегодня\n  next [--count N]          ближайшие N дат (1–50, по умолчанию 5)\n  on <дата>                 что отмечается в указанную дату и рабочий ли это день\n  dayoff [--count N]        ближайшие N периодов отдыха (праздники, перенесённые выходные; по умолчанию 5)\n  event <название или ID>   один памятный день, его ближайшая дата и источники\n  search <текст>            найти памятные дни по названию на английском, азербайджанском или русском\n  validate                  проверить данные календаря; перечислить переходящие даты, подтверждённые или ожидаемые\nПараметры: --date <дата> (вместо сегодняшней даты), --tz <часовой пояс IANA>, --lang en|az|ru, --json\nДаты: {dates}",
  "console.badLanguage": "--lang «{value}» не поддерживается. Допустимые значения: en, az, ru.",
  "console.badZone":
    "--tz «{value}» — не часовой пояс IANA. Допустимы названия вроде Asia/Baku, Europe/Berlin, UTC.",
  "console.badCount":
    "--count «{value}» — недопустимое значение. Допустимо целое число от 1 до 50.",
  "console.missingDate": "Не указана дата. Использование: on <дата>; форматы дат: {dates}",
  "console.missingEvent":
    "Не указаны название или ID памятного дня. Использование: event <название или ID>",
  "console.missingSearch": "Не указан текст для поиска. Использование: search <текст>",
  "console.noEvent": "По запросу «{query}» памятный день не найден. Попробуйте: search {query}",
  "console.noSearchResult": "По запросу «{query}» памятных дней не найдено.",
  "console.unknownCommand": "Неизвестная команда «{value}».",
  "console.valid": "Данные календаря корректны: {observances}, {sources}, {daysOff}.",
  "console.observances": {
    one: "{count} памятный день",
    few: "{count} памятных дня",
    many: "{count} памятных дней",
    other: "{count} памятного дня",
  },
  "console.daysOffAnnounced": "объявленные нерабочие дни: {from}–{to}",
  "console.noDaysOffAnnounced": "объявленных нерабочих дней нет",
  "console.movable":
    "Переходящие даты (подтверждённые — объявленные Кабинетом министров — или ожидаемые):",
  "console.confirmed": "подтверждена",
  "console.expected": "ожидается",
  "console.computed": "рассчитано по календарю Умм аль-Кура",

  "operator.usage":
    "Команды оператора (работают с DATABASE_URL, параллельно с запущенным ботом):\n  subscriptions list [--guild <ID сервера>] [--json]\n  subscriptions pause|resume|remove <ID подписки>\n  calendar reload                 проверить data/ и перезагрузить данные во всех запущенных ботах",
  "operator.reloadAsked":
    "Данные календаря корректны ({observances}); каждый запущенный бот перезагрузит их при следующей проверке, в течение минуты.",
  "operator.none": "Подписок нет.",
  "operator.badAction": "Неизвестное или не указанное действие «{value}».",
  "operator.missingId": "Не указан ID подписки.",
  "operator.notFound": "Подписка «{value}» не найдена. См.: subscriptions list",
  "operator.paused": "Приостановлена: {subscription}",
  "operator.resumed": "Возобновлена: {subscription}",
  "operator.removed": "Удалена: {subscription}",
  "store.usage":
    "Перенос базы (сначала остановите бота):\n  store copy --to <file:… или postgres://…> [--schema <имя>]",
  "store.copied":
    "Скопировано в новую базу:\nподписки: {subscriptions}\nсобственные даты серверов: {dates}\nзапланированные события: {events}\nпубликации в очереди: {posts}\nнапоминания участников: {reminders}",
  "store.notEmpty":
    "В новой базе уже есть подписки; ничего не скопировано. Копируйте в пустую базу.",
  "serverDates.name": "даты-сервера",
  "serverDates.description":
    "Собственные даты сервера, публикуемые вместе с датами календаря (право «Управлять сервером»)",
  "serverDates.add.name": "добавить",
  "serverDates.add.description": "Добавить дату, которую будут публиковать подписки этого сервера",
  "serverDates.list.name": "список",
  "serverDates.list.description": "Собственные даты этого сервера",
  "serverDates.edit.name": "изменить",
  "serverDates.edit.description": "Изменить одну из дат этого сервера",
  "serverDates.remove.name": "удалить",
  "serverDates.remove.description": "Удалить одну из дат этого сервера",
  "serverDates.which.name": "какая",
  "serverDates.which.description": "Какая дата",
  "serverDates.title.name": "название",
  "serverDates.title.description": "Название даты, не более 100 символов",
  "serverDates.day.name": "дата",
  "serverDates.day.description":
    "День, например: 25 ноября или 25.11; при «однократно» — дата вида 25.11.2027",
  "serverDates.text.name": "текст",
  "serverDates.text.description": "Текст публикации, не более 500 символов",
  "serverDates.once.name": "однократно",
  "serverDates.once.description": "Только в эту дату, а не каждый год",
  "serverDates.firstYear.name": "год-начала",
  "serverDates.firstYear.description": "Год начала — для подсчёта годовщин",
  "serverDates.onlyLanguage.name": "только-язык",
  "serverDates.onlyLanguage.description":
    "Публиковать только в подписках этого сервера на этом языке",
  "serverDate.nameField": "Параметр «название»",
  "serverDate.textField": "Параметр «текст»",
  "serverDate.everyYear": "каждый год",
  "serverDate.once": "однократно, в {year} году",
  "serverDate.since": "с {year} года",
  "serverDate.onlyLanguage": "только для подписок на языке {language}",
  "serverDate.added": "Дата добавлена: {date}",
  "serverDate.updated": "Дата обновлена: {date}",
  "serverDate.removed": "Дата удалена: {name}.",
  "serverDate.none": "У этого сервера пока нет своих дат. Добавьте дату с помощью /date add.",
  "serverDate.listHeader": "{count} из {max} дат этого сервера:",
  "post.serverDate": "Дата этого сервера, добавленная его администраторами",
  "error.serverDateLength": "{field} должен содержать от 1 до {max} символов.",
  "error.serverDateMention":
    "{field} не может содержать упоминаний: @пользователь, @роль, #канал, @everyone и @here недопустимы.",
  "error.serverDateMaskedLink":
    "{field} не может скрывать ссылку за текстом ([текст](адрес)); укажите сам адрес.",
  "error.serverDatePassed":
    "Дата {date, date} уже прошла: однократная дата должна быть не раньше сегодняшнего дня.",
  "error.serverDateFirstYear": "Параметр «год-начала» должен быть от 1000 до {max}, а не {value}.",
  "error.serverDateCap":
    "На сервере может быть не более {max} своих дат. Сначала удалите одну из них.",
  "error.noServerDate":
    "На этом сервере нет такой даты. Выберите дату из списка или посмотрите /date list.",
  "error.memberLacksForDate":
    "Эта дата публикуется в {channel}, где вы сами не можете публиковать сообщения (у вас там нет прав: {missing}), поэтому я не сделаю это за вас.",

  // Issue 23, part 2 (helper intro): a subscription's intro line.
  "subscription.intro.name": "вступление",
  "subscription.intro.description":
    "Строка над каждой публикацией; подстановки в {}: name, date, anniversary, days, role. «-» убирает её",
  "subscription.introField": "Параметр «вступление»",
  "error.introMention":
    "{field} не может сам содержать упоминаний: чтобы упомянуть роль подписки, напишите {role}; @пользователь, другие роли, #канал, @everyone и @here недопустимы.",
  "error.introPlaceholder": "Неизвестная подстановка {value}. Допустимы: {accepted}.",
  "admin.intro": "Вступление: {intro}",
  // Issue 23, part 5 (helper intro): look-ups anywhere.
  "error.botNotInServer":
    "Эта команда работает на сервере, куда добавлен yaddash, а на этом сервере его нет. Администратор сервера может добавить его по ссылке-приглашению; справочные команды (/today, /next, /on, /dayoff, …) работают здесь и без этого.",
  // live: the live upcoming-days message (issue 23, part 4)
  "subscription.live.name": "обновляемый-список",
  "subscription.live.description":
    "Держать в канале одно сообщение со списком 10 ближайших дат и обновлять его при изменениях",
  "subscription.pin.name": "закрепить",
  "subscription.pin.description":
    "Закрепить обновляемый список в канале (право «Закреплять сообщения»)",
  "live.title": "Ближайшие даты",
  "live.footer": "Обновляется каждый день в полночь ({zone}) и при изменении календаря",
  "live.nothing": "Предстоящих дат выбранных типов нет.",
  "admin.live": "обновляемый список",
  "admin.livePinned": "закреплённый обновляемый список",
  "error.botPinMessages":
    "Чтобы закрепить обновляемый список, мне нужно право «Закреплять сообщения» в {channel}. Выдайте его или не включайте закрепление.",
  "error.memberPinMessages":
    "Вы сами не можете закреплять сообщения в {channel} (у вас нет права «Закреплять сообщения»), поэтому я не буду делать это за вас.",
  // remind: members' reminders by direct message (issue 23, point 6)
  "remind.name": "напомнить",
  "remind.description": "Личное сообщение накануне выбранных дней",
  "remind.add.name": "добавить",
  "remind.add.description": "Напоминать мне накануне дня или каждого дня одного типа",
  "remind.day.name": "день",
  "remind.day.description": "День (введите часть названия)",
  "remind.kind.name": "тип",
  "remind.kind.description": "Все дни этого типа",
  "remind.list.name": "список",
  "remind.list.description": "Мои напоминания",
  "remind.remove.name": "удалить",
  "remind.remove.description":
    "Удалить одно напоминание или все напоминания и всё, что хранится обо мне",
  "remind.reminder.name": "напоминание",
  "remind.reminder.description": "Какое напоминание удалить",
  "remind.all.name": "все",
  "remind.all.description": "Удалить все мои напоминания и всё, что бот хранит обо мне",
  "remind.resume.name": "возобновить",
  "remind.resume.description": "Возобновить мои напоминания после разрешения личных сообщений",
  "remind.added":
    "Готово. Напоминание: {target} — накануне в 18:00 по бакинскому времени я пришлю вам личное сообщение на этом языке. Ближайшая дата: {date}.",
  "remind.already": "Такое напоминание у вас уже есть; теперь его сообщения будут на этом языке.",
  "remind.everyKind": "каждый день типа «{kind}»",
  "remind.needTarget": "Выберите день или тип (что-то одно).",
  "remind.needWhich": "Выберите напоминание для удаления или укажите all:true, чтобы удалить все.",
  "remind.unknownDay":
    "Дня с названием «{value}» нет. Введите часть названия и выберите одну из подсказок.",
  "remind.cap":
    "Напоминаний у вас: {max} — это максимум для одного участника. Сначала удалите одно.",
  "remind.none": "У вас нет напоминаний. Добавьте напоминание с помощью /remind add.",
  "remind.listTitle": "Ваши напоминания (личное сообщение накануне в 18:00 по бакинскому времени)",
  "remind.next": "ближайшая дата: {date}",
  "remind.paused":
    "Напоминания приостановлены: Discord не даёт мне писать вам в личные сообщения ({reason}). Разрешите личные сообщения от участников одного из наших общих серверов (в настройках конфиденциальности этого сервера), затем выполните /remind resume.",
  "remind.stored":
    "Я храню только ваш ID пользователя Discord, эти напоминания и язык сообщений. /remind remove all:true удаляет всё.",
  "remind.removed": "Напоминание удалено: {target}.",
  "remind.notFound": "Такого напоминания у вас нет. Ваши напоминания: /remind list.",
  "remind.erased": "Готово: ваши напоминания и всё, что я хранил о вас, удалены.",
  "remind.nothingKept": "Я ничего о вас не храню.",
  "remind.resumed": "Напоминания возобновлены: они снова будут приходить.",
  "remind.notPaused": "Ваши напоминания не приостановлены.",
  "remind.footer": "Вы запросили это через /remind. Отключить: /remind remove.",
  "remind.button": "Напомнить мне",
  "remind.buttonAdded":
    "Готово. Накануне в 18:00 по бакинскому времени я пришлю вам личное сообщение: {days}. Все ваши напоминания: /remind list.",
  "remind.buttonAlready": "У вас уже есть напоминания: {days}.",
  // components: buttons, menus, /help, /setup, confirmations, paging
  "error.componentExpired":
    "Срок действия этой кнопки или меню истёк (бот перезапускался или прошло слишком много времени). Выполните команду ещё раз.",
  "error.componentNotYours":
    "Этими кнопками может пользоваться только тот, кто вызвал команду, — {user}. Чтобы получить свои, выполните команду сами.",
  "help.name": "помощь",
  "help.description": "Что умеет yaddash: каждая команда с примером",
  "help.title": "yaddash — помощь",
  "help.intro":
    "Узнавайте о любом дне прямо здесь — только для себя или для всего канала. Администраторы сервера могут настроить, чтобы даты дня каждое утро публиковались в канале на русском, азербайджанском или английском.",
  "help.lookUps": "Справочные команды (для всех)",
  "help.admins": "Для администраторов сервера (право «Управлять сервером»)",
  "help.buttons":
    "Кнопки: списки {next} и {dayoff} листаются стрелками ◀ и ▶; {remove} и {removeDate} запрашивают подтверждение; кнопка {remindMe} под публикацией дня присылает вам личное сообщение накануне вечером. Кнопками команды может пользоваться только участник, который её вызвал.",
  "help.exampleDate": "28 мая",
  "help.exampleEvent": "Новруз",
  "help.exampleSearch": "Шуша",
  "help.exampleDateName": "День рождения сервера",
  "admin.confirmRemove":
    "Удалить подписку канала {channel} ({time} {zone}, {language})? Публикации прекратятся, и отменить удаление будет нельзя.",
  "confirm.remove": "Удалить",
  "confirm.cancel": "Отмена",
  "confirm.cancelled": "Ничего не удалено.",
  "page.previous": "◀ Назад",
  "page.next": "Далее ▶",
  "setup.name": "настройка",
  "setup.description":
    "Пошаговая настройка ежедневных публикаций: канал, роль, типы, время, язык («Управлять сервером»)",
  "setup.title": "Настройка ежедневных публикаций",
  "setup.where":
    "**Шаг 1 из 2 — где.** Выберите канал, при желании роль для упоминания и типы дней (если ничего не выбрать — все).",
  "setup.when":
    "**Шаг 2 из 2 — когда.** Выберите время, часовой пояс и язык публикаций. Посмотрите первую публикацию, затем подпишитесь.",
  "setup.summary":
    "Канал: {channel}\nРоль: {role}\nТипы: {kinds}\nВремя: {time} ({zone})\nЯзык: {language}",
  "setup.channel": "Канал для публикаций",
  "setup.role": "Роль для упоминания (необязательно)",
  "setup.kinds": "Типы дней (если ничего не выбрать — все)",
  "setup.time": "Время публикации (другие минуты: /subscription edit)",
  "setup.zone": "Часовой пояс (другие: /subscription edit)",
  "setup.language": "Язык публикаций",
  "setup.next": "Далее ▶",
  "setup.back": "◀ Назад",
  "setup.preview": "Предпросмотр",
  "setup.confirm": "Подписаться",
  "setup.noRole": "нет",
  "setup.chooseChannel": "Сначала выберите канал.",
  "setup.cancelled": "Настройка отменена, ничего не сохранено.",
  "setup.nothingToPost": "С этими типами дней в ближайший год публиковать нечего.",
  // threads and forums (issue 23, part 3)
  "subscription.thread.name": "ветка",
  "subscription.thread.description":
    "Открывать ветку к каждой публикации; без активности она уходит в архив через этот срок",
  "thread.off": "Без ветки",
  "thread.hour": "1 час",
  "thread.day": "1 день",
  "thread.3days": "3 дня",
  "thread.week": "1 неделя",
  "admin.thread": "ветка к каждой публикации, в архив через {period}",
  "permission.createPublicThreads": "«Создавать публичные ветки»",
  "permission.manageChannels": "«Управлять каналами» (чтобы добавить теги форума)",
  "error.threadInThread":
    "{channel} — это ветка, а в ветке нельзя открыть ещё одну. Выберите её канал или не включайте ветки.",
  "error.forumNeedsTags":
    "В форуме {channel} у каждой публикации должен быть тег, а нужных тегов там нет: создайте теги {tags} или выдайте мне право «Управлять каналами», чтобы я создал их сам, и попробуйте снова.",
  "error.threadChoice": "Неизвестный срок ветки «{value}». Допустимые: {accepted}.",
  "tag.public-holiday": "Праздничный день",
  "tag.memorial-day": "Траурная дата",
  "tag.state-day": "Памятная дата",
  "tag.city-day": "День города",
  "tag.professional-day": "Профпраздник",
  "tag.occupation-anniversary": "Годовщина оккупации",
  "tag.anniversary": "Годовщина события",
  "tag.server-day": "Дата сервера",
  // remindfix: a reminder added while the member's reminders are paused
  "remind.savedPaused": "Сохранено, но напоминания не будут приходить, пока вы их не возобновите.",
  // dateconfirm: /date remove asks first
  "serverDate.confirmRemove":
    "Удалить {date}? Дата больше не будет публиковаться, и отменить удаление будет нельзя.",
};
