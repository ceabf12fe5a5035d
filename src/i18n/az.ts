import type { Table } from "./string-table.js";

/** Every text a user reads, in Azerbaijani; the same keys and placeholders as en.ts. */
export const az: Table = {
  "kind.public-holiday": "Bayram günü",
  "kind.memorial-day": "Matəm günü",
  "kind.state-day": "Əlamətdar gün",
  "kind.city-day": "Şəhər günü",
  "kind.professional-day": "Peşə bayramı",
  "kind.occupation-anniversary": "İşğalın ildönümü",
  "kind.anniversary": "Tarixi hadisənin ildönümü",
  "kind.server-day": "Serverin öz tarixi",

  "section.observed": "Rəsmi günlər",
  "section.unofficial": "Tarixi hadisələrin ildönümləri (rəsmi statusu yoxdur)",
  "post.status": "Status",
  "post.unofficial":
    "Rəsmi statusu yoxdur: hüquqi aktla təsis edilmiş gün deyil, tarixi hadisənin ildönümüdür.",

  "act.decree": "Fərmanı",
  "act.order": "Sərəncamı",
  "act.law": "Qanunu",
  "act.resolution": "Qərarı",
  "act.decision": "Qərarı",
  "issuer.president": "Azərbaycan Respublikası Prezidentinin",
  "issuer.milli-majlis": "Milli Məclisin",
  "issuer.cabinet": "Nazirlər Kabinetinin",
  "issuer.supreme-council": "Ali Sovetin",
  "issuer.nakhchivan-supreme-majlis": "Naxçıvan Muxtar Respublikası Ali Məclisinin",
  "act.established": "{issuer} {date} tarixli {act} ilə",
  "act.establishedNumbered": "{issuer} {date} tarixli {number} nömrəli {act} ilə",

  "post.date": "Tarix",
  "post.kind": "Növ",
  "post.commemorates": "Hadisədən keçən müddət",
  "post.established": "Təsis edilib",
  "post.facts": "Əsas faktlar",
  "post.sources": "Mənbələr",
  "post.undated": "tarixsiz",
  "post.anniversary": "{count, ordinal} ildönümü",
  "post.yearsSince": "{date} tarixindən {count} il keçir",
  "post.inDays": "{count} gün sonra",
  "post.nothingOn": "{date} tarixində təqvimdə heç nə yoxdur.",
  "post.nextUp": "Növbəti",
  "post.searchResults": "{count} nəticə",
  "post.expected": "Gözlənilən tarix",
  "post.expectedMark": "gözlənilir",
  "post.expectedDate":
    "Ümmül-Qura hicri təqviminə əsasən hesablanıb; bayram günlərini növbəti il üçün Nazirlər Kabineti dekabrın sonunadək müəyyən edib elan edir.",
  "post.dayOfHoliday": "{days} günlük bayramın {day, ordinal} günü",

  "dayOff.nonWorking": "Qeyri-iş günü",
  "dayOff.restDay": "İstirahət günü",
  "dayOff.workingDay": "İş günü",
  "dayOff.holiday": "{names} münasibətilə iş günü deyil.",
  "dayOff.mourning": "{names} ilə əlaqədar iş günü deyil.",
  "dayOff.moved":
    "{holiday} {date}, {weekday} gününə düşdüyündən həmin istirahət günü bu günə keçirilib.",
  "dayOff.overlap":
    "{date} tarixində {holiday} ilə {other} üst-üstə düşdüyündən bu gün də istirahət günüdür (Əmək Məcəlləsinin 105-ci maddəsinin 6-cı hissəsi).",
  "dayOff.transfer":
    "Nazirlər Kabinetinin qərarı ilə {date} tarixindəki istirahət günü bu günə keçirilib.",
  "dayOff.workingInstead":
    "Nazirlər Kabinetinin qərarı ilə bu istirahət günü {date}, {weekday} gününə keçirilib.",
  "dayOff.movesTo": "Bu istirahət günü {date}, {weekday} gününə keçirilir.",
  "dayOff.extraDayOff":
    "Əmək Məcəlləsinin 105-ci maddəsinin 6-cı hissəsinə əsasən növbəti iş günü — {date}, {weekday} — istirahət günüdür.",
  "dayOff.restDaySentence": "{date} — {weekday}, həftəlik istirahət günü.",
  "dayOff.workingDaySentence": "{date} — {weekday}, iş günü.",
  "dayOff.byDecision": "qərarla müəyyən edilmiş qeyri-iş günü",
  "dayOff.expected":
    "Gözlənilir: Əmək Məcəlləsinə əsasən hesablanıb; Nazirlər Kabineti qərarla iş və istirahət günlərinin yerini dəyişə bilər.",
  "dayOff.nextDaysOff": "Növbəti qeyri-iş günləri",
  "dayOff.count": "{count} qeyri-iş günü",
  "dayOff.none": "Qarşıdakı bir il ərzində məlum qeyri-iş günü yoxdur.",

  "feed.title": "yaddash: Azərbaycanın əlamətdar tarixləri",
  "feed.summary":
    "Azərbaycanın rəsmi günləri, şəhər günləri və tarixi hadisələrin ildönümləri — hər biri qısa, qərəzsiz məlumat və mənbələrlə.",

  "feed.exported":
    "Qarşıdakı 12 ay ({count} gün) əlavədəki .ics faylındadır: onu Google, Apple və ya Outlook təqviminə idxal edin.",
  "feed.subscribe": "Dəyişiklikləri də almaq üçün təqvimə bu ünvanla abunə olun: {url}",

  "option.language.name": "dil",
  "option.language.description": "Dil: ingilis, Azərbaycan və ya rus dili",
  "today.name": "bu-gün",
  "today.description": "Azərbaycanda bugünkü rəsmi günlər və tarixi hadisələrin ildönümləri",
  "next.name": "növbəti",
  "next.description": "Qarşıdakı əlamətdar tarixlər",
  "next.count.name": "say",
  "next.count.description": "Neçə tarix (1–10, göstərilməsə 5)",
  "next.kind.name": "növ",
  "next.kind.description": "Yalnız bu növ günlər",
  "on.name": "tarix",
  "on.description": "Göstərilən tarixdə qeyd olunan günlər",
  "on.date.name": "tarix",
  "on.date.description": "məsələn: 25 noyabr, 25.11, 2026-11-25, 25 November, 25 ноября",
  "dayoff.name": "qeyri-iş-günləri",
  "dayoff.description": "Azərbaycanda növbəti qeyri-iş günləri və səbəbləri",
  "dayoff.count.name": "say",
  "dayoff.count.description": "Neçə istirahət dövrü (1–10, göstərilməsə 3)",
  "event.name": "əlamətdar-gün",
  "event.description": "Bir əlamətdar gün: növbəti tarixi, qısa məlumat və mənbələr",
  "event.query.name": "ad",
  "event.query.description": "İngilis, Azərbaycan və ya rus dilində ad",
  "search.name": "axtarış",
  "search.description": "Əlamətdar günləri ingilis, Azərbaycan və ya rus dilində ada görə axtarmaq",
  "search.query.name": "sorğu",
  "search.query.description": "məsələn: Kəlbəcər, Kalbajar, Кяльбаджар, Zəfər",
  "about.name": "haqqında",
  "about.description": "yaddash haqqında: versiya, məlumatlar və xəta barədə xəbər vermə qaydası",
  "calendar.name": "təqvim",
  "calendar.description": "Google, Apple və ya Outlook təqvimləri üçün fayl şəklində təqvim",
  "calendar.export.name": "ixrac",
  "calendar.export.description": "Növbəti 12 ay .ics faylı şəklində",
  "calendar.kinds.name": "növlər",
  "calendar.kinds.description":
    "Yalnız bu növlər, vergüllə ayrılmaqla (məsələn: city-day,public-holiday), və ya all (hamısı)",
  "subscription.name": "abunə",
  "subscription.description":
    "Gündəlik paylaşımların harada və nə vaxt göndərilməsini idarə etmək (Manage Server)",
  "subscription.add.name": "əlavə-et",
  "subscription.add.description": "Gündəlik paylaşımları kanala göndərmək",
  "subscription.remove.name": "sil",
  "subscription.remove.description": "Abunəni ləğv etmək",
  "subscription.list.name": "siyahı",
  "subscription.list.description": "Bu serverin abunələri",
  "subscription.edit.name": "dəyiş",
  "subscription.edit.description": "Abunəni dəyişmək",
  "subscription.pause.name": "fasilə-ver",
  "subscription.pause.description": "Abunəyə fasilə vermək",
  "subscription.resume.name": "bərpa-et",
  "subscription.resume.description":
    "Fasilə verilmiş və ya xəta səbəbindən dayanmış abunəni bərpa etmək",
  "subscription.preview.name": "ilkin-baxış",
  "subscription.preview.description": "Kanalın göstərilən tarixdə alacağı paylaşımlar",
  "subscription.pick.name": "abunə",
  "subscription.pick.description": "Hansı abunə",
  "subscription.noRole.name": "rolsuz",
  "subscription.noRole.description": "Rolun işarələnməsini dayandırmaq",
  "subscription.date.name": "tarix",
  "subscription.date.description": "Tarix (göstərilməsə bu gün), məsələn: 25 noyabr",
  "subscription.post.name": "paylaş",
  "subscription.post.description": "Kanala sınaq paylaşımı kimi göndərmək",
  "subscription.channel.name": "kanal",
  "subscription.channel.description": "Paylaşımların göndəriləcəyi kanal",
  "subscription.time.name": "saat",
  "subscription.time.description": "Paylaşımın yerli vaxtı, SS:dd (göstərilməsə 09:00)",
  "subscription.timezone.name": "saat-qurşağı",
  "subscription.timezone.description": "IANA saat qurşağı (göstərilməsə Asia/Baku)",
  "subscription.role.name": "rol",
  "subscription.role.description": "Hər paylaşımda işarələnəcək rol",
  "subscription.kinds.name": "növlər",
  "subscription.kinds.description":
    "Yalnız bu növlər, vergüllə ayrılmaqla (məsələn: city-day,public-holiday), və ya all (hamısı)",
  "subscription.remindDays.name": "xatırlatma",
  "subscription.remindDays.description": "Neçə gün əvvəl xatırlatmaq (0–7)",
  "subscription.cadence.name": "dövrilik",
  "subscription.cadence.description":
    "Gündəlik paylaşımlar və ya növbəti yeddi günün həftəlik icmalı",
  "subscription.weekday.name": "həftənin-günü",
  "subscription.weekday.description": "Həftəlik icmalın günü (göstərilməsə bazar ertəsi)",
  "subscription.events.name": "tədbirlər",
  "subscription.events.description":
    "Serverdə qarşıdakı həftənin planlaşdırılmış tədbirlərini də yaratmaq və yeniləmək (Manage Events)",
  "subscription.publish.name": "yayımla",
  "subscription.publish.description":
    "Elanlar kanalında hər paylaşımı kanalı izləyən serverlərə yayımlamaq",

  "dates.accepted": "{formats} (ay adından sonra il də yazıla bilər)",

  "error.apology":
    "Üzr istəyirik, xəta baş verdi və qeydə alındı; zəhmət olmasa, bir az sonra yenidən cəhd edin.",
  "error.storeUnavailable":
    "Abunə bazası hazırda əlçatan deyil (yenidən başladılır və ya ona qoşulmaq mümkün deyil). Heç nə dəyişdirilmədi; zəhmət olmasa, bir dəqiqə sonra yenidən cəhd edin.",
  "error.guildOnly": "Bu əmr şəxsi mesajlarda deyil, serverdə işləyir.",
  "error.manageServer":
    "Bu serverin abunələrini idarə etmək üçün sizə Serveri idarə etmək (Manage Server) icazəsi lazımdır.",
  "error.unknownSubcommand": "Naməlum alt əmr: «{value}». Mümkün dəyərlər: {accepted}.",
  "error.unknownLanguage": "Naməlum dil: «{value}». en, az və ya ru seçin.",
  "error.unknownKind": "Naməlum növ: «{value}». Bunlardan birini seçin: {accepted}.",
  "error.unknownKinds": "Naməlum növ: «{value}». Mümkün dəyərlər (vergüllə ayrılmış): {accepted}.",
  "error.count": "Say 1 ilə 10 arasında tam ədəd olmalıdır; {value} uyğun deyil.",
  "error.remindDays": "Xatırlatma üçün gün sayı 0 ilə 7 arasında olmalıdır; {value} uyğun deyil.",
  "error.notATime":
    "«{value}» vaxt deyil. 24 saatlıq SS:dd formatından istifadə edin, məsələn: 09:00 və ya 18:30.",
  "error.notATimeZone":
    "«{value}» tanınmış saat qurşağı deyil. Asia/Baku kimi IANA adı yazın. Ən yaxın variantlar: {closest}.",
  "error.notADate": "«{value}» tarix kimi tanınmadı. Qəbul edilən formatlar: {accepted}.",
  "error.notARealDate":
    "«{value}» mövcud tarix deyil ({year}: {month} nömrəli ayda {day} gün yoxdur).",
  "error.noEvent":
    "«{query}» sorğusuna uyğun əlamətdar gün tapılmadı. /search əmrini sınayın və ya siyahıdan ad seçin.",
  "error.noSearchResult":
    "«{query}» sorğusuna uyğun heç nə tapılmadı. Başqa yazılışı sınayın və ya günlərə baxmaq üçün /next əmrindən istifadə edin.",
  "error.noSubscription":
    "Bu serverdə belə abunə yoxdur. Siyahıdan birini seçin və ya /subscription list ilə abunələrə baxın.",
  "error.cannotSeeChannel":
    "{channel} kanalını görə bilmirəm. Orada mənə Kanalı görmək (View Channel) icazəsi verin və yenidən cəhd edin.",
  "error.channelGone": "{channel} kanalı artıq mövcud deyil və ya mən onu görə bilmirəm.",
  "error.cannotTakePosts":
    "{channel} kanalına paylaşım göndərmək olmur. Mətn, elanlar və ya forum kanalı, yaxud mövzu seçin.",
  "error.cannotTakeMessages": "{channel} kanalına mesaj göndərmək olmur.",
  "error.botLacks":
    "{channel} kanalında paylaşım edə bilmirəm, çünki orada mənə icazə verilməyib: {missing}. Lazımi icazəni verin və yenidən cəhd edin.",
  "error.memberLacks":
    "{channel} kanalında bunu özünüz edə bilməzsiniz (orada sizə icazə verilməyib: {missing}), ona görə də mən bunu sizin əvəzinizə etməyəcəyəm.",
  "error.subscriptionCap": "Bir serverdə ən çoxu {max} abunə ola bilər. Əvvəlcə birini silin.",
  "error.subscriptionDuplicate":
    "Bu kanalın həmin dildə artıq abunəsi var. Onu /subscription edit ilə dəyişin.",
  "error.subscriptionTaken": "Bu kanalın həmin dildə artıq abunəsi var.",

  "permission.viewChannel": "Kanalı görmək (View Channel)",
  "permission.sendMessages": "Mesaj göndərmək (Send Messages)",
  "permission.sendMessagesInThreads": "Mövzularda mesaj göndərmək (Send Messages in Threads)",
  "permission.embedLinks": "Keçidləri yerləşdirmək (Embed Links)",
  "permission.readMessageHistory": "Mesaj tarixçəsini oxumaq (Read Message History)",
  "permission.mentionEveryone":
    "@everyone, @here və bütün rolları işarələmək (Mention @everyone, @here and All Roles) — işarələnə bilməyən @{role} rolunu işarələmək üçün",

  "admin.added": "Abunə yaradıldı.\n{subscription}",
  "admin.updated": "Abunə yeniləndi.\n{subscription}",
  "admin.paused": "Abunəyə fasilə verildi.\n{subscription}",
  "admin.resumed": "Abunə bərpa edildi.\n{subscription}",
  "admin.removed": "{channel} kanalının abunəsi silindi ({time} {zone}, {language}).",
  "admin.none": "Hələ abunə yoxdur. /subscription add ilə əlavə edin.",
  "admin.listHeader": "Abunələr ({count}/{max}):",
  "admin.listCut": "(siyahı qısaldıldı: bir mesaj üçün çox uzundur)",
  "admin.noHistory":
    "⚠ {channel} kanalında Mesaj tarixçəsini oxumaq (Read Message History) icazəm yoxdur: Discord-un cavabı çatmayan paylaşım yalnız {count} dəqiqə ərzində təkrar göndərilir, sonra isə, heç bir paylaşım iki dəfə dərc olunmasın deyə, ümumiyyətlə göndərilmir. Hər paylaşımın yoxlanılması və lazım olduqda təkrar göndərilməsi üçün bu icazəni verin.",
  "admin.nothingToPreview": "{date} tarixində {channel} kanalına heç bir paylaşım göndərilməzdi.",
  "admin.testPost": "Sınaq paylaşımı ({date} tarixi üçün ilkin baxış)",
  "admin.testPostsSent":
    "{channel} kanalına {count} sınaq paylaşımı göndərildi; heç kim işarələnmədi.",
  "admin.allKinds": "bütün növlər",
  "admin.reminder": "{count} gün əvvəl xatırlatma",
  "admin.nextPost": "növbəti paylaşım: {at} ({relative})",
  "admin.noUpcoming": "seçilmiş növlərə uyğun qarşıdakı gün yoxdur",
  "admin.active": "aktiv · {upcoming}",
  "admin.paused.since": "{since} fasilə verilib",
  "admin.broken.since":
    "{since} **xəta səbəbindən dayanıb**: {reason} — səbəbi aradan qaldırın, sonra /subscription resume əmrini işlədin",
  "admin.unknownReason": "naməlum səbəb",
  "admin.lastPost": "son paylaşım: {when}",
  "admin.noPostYet": "hələ paylaşım olmayıb",
  "admin.lastError": "son xəta: {error}",
  "admin.status.paused": "fasilədə",
  "admin.status.broken": "xəta səbəbindən dayanıb",

  "week.title": "Qarşıdakı həftə: {from} – {to}",
  "week.more": "…və daha {count} gün",
  "cadence.daily": "Gündəlik",
  "cadence.weekly": "Həftəlik icmal",
  "admin.weekly": "həftəlik icmal, {weekday} günləri",
  "error.cadence": "Naməlum dövrilik: «{value}». daily (gündəlik) və ya weekly (həftəlik) seçin.",
  "error.weekday":
    "Həftənin günü 1 (bazar ertəsi) ilə 7 (bazar) arasında olmalıdır; {value} uyğun deyil.",

  "events.location": "Azərbaycan",
  "admin.events": "planlaşdırılmış tədbirlər",
  "error.createEvents":
    "Serverin planlaşdırılmış tədbirlərini aparmaq üçün bu serverdə mənə Tədbir yaratmaq (Create Events) icazəsi lazımdır. İcazəni verin və yenidən cəhd edin.",
  "error.memberCreateEvents":
    "Bu serverdə özünüz tədbir yarada bilmirsiniz: sizə Tədbir yaratmaq (Create Events) icazəsi verilməyib. Ona görə də tədbirləri sizin əvəzinizə yaratmayacağam.",
  "about.summary":
    "Azərbaycanın əlamətdar tarixlər təqvimi: rəsmi günlər, şəhər günləri və tarixi hadisələrin ildönümləri; hər biri qısa, qərəzsiz məlumat və mənbələrlə.",
  "about.version": "Versiya",
  "about.calendar": "Təqvim",
  "about.days": "{count} gün",
  "about.sources": "{count} mənbə",
  "about.dataTitle": "Məlumatlar haradan götürülür",
  "about.data":
    "Rəsmi mətnlər və xəbər materialları: onlara hər paylaşımın aşağı hissəsində istinad edilir, tam siyahısı isə /event əmrində verilir. Təqvim avtomatik yaradılmış mətn deyil, yoxlanılmış məlumatlardır.",
  "about.reportTitle": "Xəta barədə xəbər verin",
  "about.report":
    "Hansı günün səhv olduğunu server administratorlarına və ya botun tərtibatçılarına bildirin və mümkünsə, düzəliş üçün mənbə də göstərin.",

  "page.title": "Azərbaycanın əlamətdar tarixləri",
  "page.upcoming": "Növbəti günlər",
  "page.feed": "Təqvim tətbiqinizdə abunə olun (.ics)",
  "page.languages": "Dil",
  "page.languageName": "Azərbaycanca",
  "page.status": "Botun vəziyyəti",
  "page.statusOk": "işləyir",
  "page.statusFailing": "tam işləmir (işləməyən hissələr: {parts})",

  "page.part.gateway": "Discord ilə əlaqə",
  "page.part.store": "abunə bazası",
  "page.part.scheduler": "planlaşdırıcı",

  "feed.badLanguage": "lang parametrinin mümkün dəyərləri: en, az, ru.",
  "feed.badKinds":
    "kinds parametrinin mümkün dəyərləri: all, yaxud bu növlərdən biri və ya bir neçəsi (vergüllə ayrılmış): {accepted}.",

  "console.banner":
    "DISCORD_TOKEN təyin edilməyib: konsol rejimi, oflayn. Bu günün paylaşımları ({zone}):",
  "console.prompt":
    "Sorğu daxil edin (today, next, on 25 noyabr, event kəlbəcər, search Zəfər), «help» və ya «exit».",
  "console.usage":
    "Əmrlər:\n  today                     bu gün nə qeyd olunur\n  next [--count N]          növbəti N tarix (1–50, göstərilməsə 5)\n  on <tarix>                göstərilən tarixdə nə qeyd olunur və həmin gün iş günüdürmü\n  dayoff [--count N]        növbəti N istirahət dövrü (bayramlar, keçirilmiş istirahət günləri; göstərilməsə 5)\n  event <ad və ya ID>       bir əlamətdar gün, onun növbəti tarixi və mənbələri\n  search <mətn>             əlamətdar günləri ingilis, Azərbaycan və ya rus dilində ada görə axtarmaq\n  validate                  təqvim məlumatlarını yoxlamaq; tarixi dəyişən günləri sadalamaq (təsdiqlənmiş və ya gözlənilən)\nSeçimlər: --date <tarix> (bu gün əvəzinə), --tz <IANA saat qurşağı>, --lang en|az|ru, --json\nTarixlər: {dates}",
  "console.badLanguage": "--lang «{value}» dəstəklənmir. Mümkün dəyərlər: en, az, ru.",
  "console.badZone":
    "--tz «{value}» IANA saat qurşağı deyil. Mümkün dəyərlər: Asia/Baku, Europe/Berlin, UTC kimi adlar.",
  "console.badCount": "--count «{value}» yanlışdır. Mümkün dəyər: 1 ilə 50 arasında tam ədəd.",
  "console.missingDate": "Tarix göstərilməyib. İstifadə: on <tarix>; tarix nümunələri: {dates}",
  "console.missingEvent":
    "Əlamətdar günün adı və ya ID-si göstərilməyib. İstifadə: event <ad və ya ID>",
  "console.missingSearch": "Axtarış mətni göstərilməyib. İstifadə: search <mətn>",
  "console.noEvent": "«{query}» sorğusuna uyğun əlamətdar gün tapılmadı. Sınayın: search {query}",
  "console.noSearchResult": "«{query}» sorğusuna uyğun əlamətdar gün tapılmadı.",
  "console.unknownCommand": "Naməlum əmr: «{value}».",
  "console.valid": "Təqvim düzgündür: {observances}, {sources}, {daysOff}.",
  "console.observances": "{count} əlamətdar gün",
  "console.daysOffAnnounced": "qeyri-iş günləri elan edilib: {from}–{to}",
  "console.noDaysOffAnnounced": "elan edilmiş qeyri-iş günü yoxdur",
  "console.movable":
    "Tarixi dəyişən günlər (təsdiqlənmiş — Nazirlər Kabinetinin elan etdiyi, və ya gözlənilən):",
  "console.confirmed": "təsdiqlənib",
  "console.expected": "gözlənilir",
  "console.computed": "hesablanıb: Ümmül-Qura",

  "operator.usage":
    "Operator əmrləri (DATABASE_URL bazası üzərində, işləyən botla yanaşı):\n  subscriptions list [--guild <server ID-si>] [--json]\n  subscriptions pause|resume|remove <abunə ID-si>\n  calendar reload                 data/ qovluğunu yoxlamaq və işləyən bütün botlarda yenidən yükləmək",
  "operator.reloadAsked":
    "Təqvim məlumatları düzgündür ({observances}); işləyən hər bot onları növbəti yoxlamada, bir dəqiqə ərzində yenidən yükləyəcək.",
  "operator.none": "Abunə yoxdur.",
  "operator.badAction": "Əməliyyat naməlumdur və ya göstərilməyib: «{value}».",
  "operator.missingId": "Abunənin ID-si göstərilməyib.",
  "operator.notFound": "«{value}» ID-li abunə yoxdur. Baxın: subscriptions list",
  "operator.paused": "Fasilə verildi: {subscription}",
  "operator.resumed": "Bərpa edildi: {subscription}",
  "operator.removed": "Silindi: {subscription}",
  "store.usage":
    "Bazanın köçürülməsi (əvvəlcə botu dayandırın):\n  store copy --to <file:… və ya postgres://…> [--schema <ad>]",
  "store.copied":
    "Yeni bazaya köçürüldü:\nabunələr: {subscriptions}\nserverlərin öz tarixləri: {dates}\nplanlaşdırılmış tədbirlər: {events}\nnövbədəki paylaşımlar: {posts}\nüzvlərin xatırlatmaları: {reminders}",
  "store.notEmpty": "Yeni bazada artıq abunələr var; heç nə köçürülmədi. Boş bazaya köçürün.",
  "serverDates.name": "server-tarixləri",
  "serverDates.description":
    "Bu serverin öz tarixləri; təqvimin tarixləri ilə birlikdə paylaşılır (Manage Server)",
  "serverDates.add.name": "əlavə-et",
  "serverDates.add.description": "Bu serverin abunələrinin paylaşacağı tarix əlavə etmək",
  "serverDates.list.name": "siyahı",
  "serverDates.list.description": "Bu serverin öz tarixləri",
  "serverDates.edit.name": "dəyiş",
  "serverDates.edit.description": "Bu serverin tarixlərindən birini dəyişmək",
  "serverDates.remove.name": "sil",
  "serverDates.remove.description": "Bu serverin tarixlərindən birini silmək",
  "serverDates.which.name": "hansı",
  "serverDates.which.description": "Hansı tarix",
  "serverDates.title.name": "ad",
  "serverDates.title.description": "Tarixin adı, ən çoxu 100 simvol",
  "serverDates.day.name": "tarix",
  "serverDates.day.description":
    "Gün, məsələn: 25 noyabr və ya 25.11; birdəfəlik seçilərsə, 25.11.2027 kimi tarix",
  "serverDates.text.name": "mətn",
  "serverDates.text.description": "Paylaşımın mətni, ən çoxu 500 simvol",
  "serverDates.once.name": "birdəfəlik",
  "serverDates.once.description": "Hər il deyil, yalnız həmin tarixdə",
  "serverDates.firstYear.name": "başlanğıc-ili",
  "serverDates.firstYear.description": "Başladığı il — ildönümlərini saymaq üçün",
  "serverDates.onlyLanguage.name": "yalnız-dil",
  "serverDates.onlyLanguage.description": "Yalnız bu serverin həmin dildəki abunələrində paylaşmaq",
  "serverDate.nameField": "Ad",
  "serverDate.textField": "Mətn",
  "serverDate.everyYear": "hər il",
  "serverDate.once": "birdəfəlik, {year, ordinal} ildə",
  "serverDate.since": "{year, ordinal} ildən",
  "serverDate.onlyLanguage": "yalnız dili {language} olan abunələrə",
  "serverDate.added": "Tarix əlavə edildi: {date}",
  "serverDate.updated": "Tarix yeniləndi: {date}",
  "serverDate.removed": "Tarix silindi: {name}.",
  "serverDate.none": "Bu serverin hələ öz tarixi yoxdur. /date add ilə əlavə edin.",
  "serverDate.listHeader": "Bu serverin tarixləri ({count}/{max}):",
  "post.serverDate": "Bu serverin administratorlarının əlavə etdiyi tarix",
  "error.serverDateLength": "{field} ən azı 1, ən çoxu {max} simvoldan ibarət olmalıdır.",
  "error.serverDateMention":
    "{field} heç kimi işarələməməlidir: @istifadəçi, @rol, #kanal, @everyone və @here yazmaq olmaz.",
  "error.serverDateMaskedLink":
    "{field} keçidi sözlərin arxasında gizlətməməlidir ([mətn](ünvan)); ünvanın özünü yazın.",
  "error.serverDatePassed":
    "{date, date} tarixi artıq keçib: birdəfəlik tarix bu gün və ya daha sonrakı gün olmalıdır.",
  "error.serverDateFirstYear":
    "Başlanğıc ili 1000 ilə {max} arasında olmalıdır; {value} uyğun deyil.",
  "error.serverDateCap": "Bir serverin ən çoxu {max} öz tarixi ola bilər. Əvvəlcə birini silin.",
  "error.noServerDate":
    "Bu serverdə belə tarix yoxdur. Siyahıdan birini seçin və ya /date list ilə tarixlərə baxın.",
  "error.memberLacksForDate":
    "Bu tarix {channel} kanalında paylaşılır, siz isə orada özünüz paylaşım edə bilmirsiniz (orada sizə icazə verilməyib: {missing}). Ona görə də bunu sizin əvəzinizə etməyəcəyəm.",

  // Issue 23, part 2 (helper intro): a subscription's intro line.
  "subscription.intro.name": "giriş",
  "subscription.intro.description":
    "Hər paylaşımın üstündə sətir; {} içində dəyişənlər: name, date, anniversary, days, role. «-» silir",
  "subscription.introField": "Giriş sətri",
  "error.introMention":
    "{field} özü heç kimi işarələməməlidir: abunənin rolu üçün {role} yazın; @istifadəçi, başqa rollar, #kanal, @everyone və @here yazmaq olmaz.",
  "error.introPlaceholder": "Naməlum dəyişən: {value}. Mümkün dəyişənlər: {accepted}.",
  "admin.intro": "Giriş sətri: {intro}",
  // Issue 23, part 5 (helper intro): look-ups anywhere.
  "error.botNotInServer":
    "Bu əmr yaddash əlavə olunmuş serverdə işləyir, bu serverdə isə yaddash yoxdur. Server administratoru onu dəvət keçidi ilə əlavə edə bilər; sorğu əmrləri (/today, /next, /on, /dayoff, …) burada onsuz da işləyir.",
  // live: the live upcoming-days message (issue 23, part 4)
  "subscription.live.name": "yenilənən-siyahı",
  "subscription.live.description":
    "Kanalda qarşıdakı 10 günün siyahısı ilə bir mesaj saxlamaq; siyahı dəyişdikcə mesaj yenilənir",
  "subscription.pin.name": "sancaqla",
  "subscription.pin.description": "Yenilənən siyahını kanalda sancaqlamaq (Pin Messages)",
  "live.title": "Qarşıdakı günlər",
  "live.footer": "Hər gün gecə yarısı ({zone}) və təqvim dəyişəndə yenilənir",
  "live.nothing": "Seçilmiş növlərdən qarşıda heç bir gün yoxdur.",
  "admin.live": "yenilənən siyahı",
  "admin.livePinned": "sancaqlanmış yenilənən siyahı",
  "error.botPinMessages":
    "Yenilənən siyahını sancaqlamaq üçün {channel} kanalında mənə Mesajları sancaqlamaq (Pin Messages) icazəsi lazımdır. İcazəni verin və ya siyahını sancaqlamaqdan imtina edin.",
  "error.memberPinMessages":
    "{channel} kanalında özünüz mesaj sancaqlaya bilmirsiniz: sizə Mesajları sancaqlamaq (Pin Messages) icazəsi verilməyib. Ona görə də sizin əvəzinizə sancaqlamayacağam.",
  // remind: members' reminders by direct message (issue 23, point 6)
  "remind.name": "xatırlat",
  "remind.description": "Seçdiyiniz günlərdən bir gün əvvəl şəxsi mesaj",
  "remind.add.name": "əlavə-et",
  "remind.add.description":
    "Bir günü və ya bir növün bütün günlərini mənə bir gün əvvəl xatırlatmaq",
  "remind.day.name": "gün",
  "remind.day.description": "Gün (adının bir hissəsini yazın)",
  "remind.kind.name": "növ",
  "remind.kind.description": "Bu növün bütün günləri",
  "remind.list.name": "siyahı",
  "remind.list.description": "Xatırlatmalarım",
  "remind.remove.name": "sil",
  "remind.remove.description":
    "Bir xatırlatmanı, ya da hamısını və haqqımda saxlanan hər şeyi silmək",
  "remind.reminder.name": "xatırlatma",
  "remind.reminder.description": "Silinəcək xatırlatma",
  "remind.all.name": "hamısı",
  "remind.all.description": "Bütün xatırlatmalarımı və botun haqqımda saxladığı hər şeyi silmək",
  "remind.resume.name": "bərpa-et",
  "remind.resume.description":
    "Şəxsi mesajlara icazə verdikdən sonra xatırlatmalarımı yenidən başlatmaq",
  "remind.added":
    "Hazırdır. {target} üçün bir gün əvvəl, Bakı vaxtı ilə saat 18:00-da sizə bu dildə şəxsi mesaj göndərəcəyəm. Növbəti: {date}.",
  "remind.already": "Bu xatırlatma sizdə artıq var; onun mesajları bundan sonra bu dildə olacaq.",
  "remind.everyKind": "«{kind}» növünün hər günü",
  "remind.needTarget": "Gün və ya növ seçin (ikisindən biri).",
  "remind.needWhich": "Silinəcək xatırlatmanı seçin, ya da hamısını silmək üçün all:true yazın.",
  "remind.unknownDay":
    "«{value}» adlı gün yoxdur. Adının bir hissəsini yazıb təkliflərdən birini seçin.",
  "remind.cap":
    "Sizin {max} xatırlatmanız var: bir üzv bundan çox xatırlatma saxlaya bilməz. Əvvəlcə birini silin.",
  "remind.none": "Xatırlatmanız yoxdur. /remind add ilə əlavə edin.",
  "remind.listTitle": "Xatırlatmalarınız (bir gün əvvəl, Bakı vaxtı ilə 18:00-da şəxsi mesaj)",
  "remind.next": "növbəti: {date}",
  "remind.paused":
    "Xatırlatmalara fasilə verilib: Discord sizə şəxsi mesaj göndərməyimə icazə vermir ({reason}). Ortaq olduğumuz serverlərdən birinin üzvlərindən şəxsi mesajlara icazə verin (həmin serverin məxfilik tənzimləmələrində), sonra /remind resume əmrini işlədin.",
  "remind.stored":
    "Yalnız Discord istifadəçi ID-nizi, bu xatırlatmaları və mesajlarınızın dilini saxlayıram. /remind remove all:true hər şeyi silir.",
  "remind.removed": "Silindi: {target}.",
  "remind.notFound": "Belə xatırlatmanız yoxdur. Xatırlatmalarınızı /remind list göstərir.",
  "remind.erased": "Hazırdır: xatırlatmalarınız və haqqınızda saxladığım hər şey silindi.",
  "remind.nothingKept": "Haqqınızda heç nə saxlamıram.",
  "remind.resumed": "Bərpa olundu: xatırlatmalarınız yenə gələcək.",
  "remind.notPaused": "Xatırlatmalarınıza fasilə verilməyib.",
  "remind.footer": "Bunu /remind ilə istəmisiniz. /remind remove ilə dayandıra bilərsiniz.",
  "remind.button": "Mənə xatırlat",
  "remind.buttonAdded":
    "Hazırdır. Bir gün əvvəl, Bakı vaxtı ilə saat 18:00-da sizə şəxsi mesaj göndərəcəyəm: {days}. Bütün xatırlatmalarınızı /remind list göstərir.",
  "remind.buttonAlready": "Bu günlər üçün xatırlatmanız artıq var: {days}.",
  // components: buttons, menus, /help, /setup, confirmations, paging
  "error.componentExpired":
    "Bu düymənin və ya menyunun vaxtı keçib (bot yenidən başladılıb, ya da xeyli müddət ötüb). Əmri yenidən işlədin.",
  "error.componentNotYours":
    "Bu düymələrdən yalnız əmri işlədən {user} istifadə edə bilər. Öz düymələriniz üçün əmri özünüz işlədin.",
  "help.name": "kömək",
  "help.description": "yaddash nə edir və hər əmr üçün bir nümunə",
  "help.title": "yaddash — kömək",
  "help.intro":
    "İstənilən gün haqqında burada məlumat alın — yalnız özünüz üçün və ya kanaldakı hamı üçün. Server administratorları isə günün tarixlərinin hər səhər kanalda paylaşılmasını qura bilər: Azərbaycan, ingilis və ya rus dilində.",
  "help.lookUps": "Sorğu əmrləri (hamı üçün)",
  "help.admins": "Server administratorları üçün (Manage Server)",
  "help.buttons":
    "Düymələr: {next} və {dayoff} siyahılarını ◀ və ▶ ilə vərəqləyin; {remove} və {removeDate} sizdən təsdiq istəyir; günün paylaşımının altındakı {remindMe} düyməsi həmin gündən bir gün əvvəl, axşam sizə şəxsi mesaj göndərir. Əmrin düymələrindən yalnız həmin əmri işlədən üzv istifadə edə bilər.",
  "help.exampleDate": "28 may",
  "help.exampleEvent": "Novruz",
  "help.exampleSearch": "Şuşa",
  "help.exampleDateName": "Serverin ad günü",
  "admin.confirmRemove":
    "{channel} kanalının abunəsi ({time} {zone}, {language}) silinsin? Onun paylaşımları dayanacaq və bunu geri almaq mümkün olmayacaq.",
  "confirm.remove": "Sil",
  "confirm.cancel": "Ləğv et",
  "confirm.cancelled": "Heç nə silinmədi.",
  "page.previous": "◀ Əvvəlki",
  "page.next": "Növbəti ▶",
  "setup.name": "quraşdır",
  "setup.description":
    "Gündəlik paylaşımları addım-addım qurmaq: kanal, rol, növlər, vaxt, dil (Manage Server)",
  "setup.title": "Gündəlik paylaşımların qurulması",
  "setup.where":
    "**Addım 1/2 — harada.** Kanalı, istəsəniz işarələnəcək rolu və günlərin növlərini seçin (heç biri seçilməsə: hamısı).",
  "setup.when":
    "**Addım 2/2 — nə vaxt.** Paylaşımların vaxtını, saat qurşağını və dilini seçin. İlk paylaşıma baxın, sonra abunə olun.",
  "setup.summary":
    "Kanal: {channel}\nRol: {role}\nNövlər: {kinds}\nVaxt: {time} ({zone})\nDil: {language}",
  "setup.channel": "Paylaşımların göndəriləcəyi kanal",
  "setup.role": "İşarələnəcək rol (istəyə bağlı)",
  "setup.kinds": "Günlərin növləri (seçilməsə: hamısı)",
  "setup.time": "Paylaşım vaxtı (başqa dəqiqələr: /subscription edit)",
  "setup.zone": "Saat qurşağı (digərləri: /subscription edit)",
  "setup.language": "Paylaşımların dili",
  "setup.next": "İrəli ▶",
  "setup.back": "◀ Geri",
  "setup.preview": "İlkin baxış",
  "setup.confirm": "Abunə ol",
  "setup.noRole": "yoxdur",
  "setup.chooseChannel": "Əvvəlcə kanalı seçin.",
  "setup.cancelled": "Quraşdırma ləğv edildi; heç nə saxlanmadı.",
  "setup.nothingToPost": "Bu növlərlə qarşıdakı bir il ərzində paylaşılacaq heç nə yoxdur.",
  // threads and forums (issue 23, part 3)
  "subscription.thread.name": "mövzu",
  "subscription.thread.description":
    "Hər paylaşıma mövzu açmaq; sakit qalan mövzu bu müddətdən sonra arxivə düşür",
  "thread.off": "Mövzu açılmasın",
  "thread.hour": "1 saat",
  "thread.day": "1 gün",
  "thread.3days": "3 gün",
  "thread.week": "1 həftə",
  "admin.thread": "hər paylaşıma mövzu, {period} sonra arxivə düşür",
  "permission.createPublicThreads": "Açıq mövzular yaratmaq (Create Public Threads)",
  "permission.manageChannels":
    "Kanalları idarə etmək (Manage Channels) — forumun teqlərini əlavə etmək üçün",
  "error.threadInThread":
    "{channel} özü mövzudur, mövzunun içində isə mövzu açmaq olmur. Onun kanalını seçin və ya mövzu seçimini söndürün.",
  "error.forumNeedsTags":
    "{channel} forumunda hər paylaşıma teq qoymaq məcburidir, amma lazımi teqlər orada yoxdur: {tags} teqlərini yaradın və ya onları yaratmağım üçün mənə Kanalları idarə etmək (Manage Channels) icazəsi verin, sonra yenidən cəhd edin.",
  "error.threadChoice": 'Mövzu üçün "{value}" müddəti tanınmır. Mümkün variantlar: {accepted}.',
  "tag.public-holiday": "Bayram günü",
  "tag.memorial-day": "Matəm günü",
  "tag.state-day": "Əlamətdar gün",
  "tag.city-day": "Şəhər günü",
  "tag.professional-day": "Peşə bayramı",
  "tag.occupation-anniversary": "İşğal ildönümü",
  "tag.anniversary": "Tarixi hadisə",
  "tag.server-day": "Serverin tarixi",
  // remindfix: a reminder added while the member's reminders are paused
  "remind.savedPaused": "Yadda saxladım, amma bərpa edənə qədər xatırlatma gəlməyəcək.",
  // dateconfirm: /date remove asks first
  "serverDate.confirmRemove":
    "{date} silinsin? Bu tarix artıq paylaşılmayacaq və bunu geri almaq mümkün olmayacaq.",
};
