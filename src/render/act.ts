import type { Act, Language } from "../model/calendar-schema.js";
import { formatDateInText } from "../i18n/dates.js";
import { translate } from "../i18n/translate.js";

/**
 * The act that established a day, as it is cited in the language: "by decree No. 558 of the
 * President of the Republic of Azerbaijan of 16 August 2001", "Azərbaycan Respublikası
 * Prezidentinin 2001-ci il 16 avqust tarixli 558 nömrəli Fərmanı ilə", "указом Президента
 * Азербайджанской Республики от 16 августа 2001 года № 558".
 */
export function describeAct(act: Act, lang: Language): string {
  const parts = {
    act: translate(lang, `act.${act.type}`),
    issuer: translate(lang, `issuer.${act.by}`),
    date: formatDateInText(act.date, lang),
  };
  return act.number
    ? translate(lang, "act.establishedNumbered", { ...parts, number: act.number })
    : translate(lang, "act.established", parts);
}
