/**
 * Every text of the task pane, Dutch first (the users' language), English with the same keys.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
const nl = {
  'app.title': 'BackOfficer',
  'app.subtitle': 'Uren, marge en prognose in je eigen werkmap',
  'app.tabs': 'Onderdelen',
  'host.excel': 'Verbonden met Excel',
  'host.preview': 'Voorbeeld buiten Excel (voorbeeldwerkmap)',
  'host.noOffice': 'Office is niet geladen. Open BackOfficer vanuit Excel (Start → BackOfficer).',
  'host.notExcel': 'BackOfficer werkt alleen in Excel.',
  'host.tooOld': 'Deze versie van Excel is te oud voor het BackOfficer-paneel (nodig: ExcelApi 1.5, Excel 2019 of Microsoft 365).',

  'tab.control': 'Controlelijst',
  'tab.margin': 'Marge',
  'tab.forecast': 'Prognose',
  'tab.profiles': 'Profielen',
  'tab.settings': 'Instellingen',

  'common.comingSoon': 'Dit onderdeel wordt nu gebouwd.',
  'common.busy': 'Bezig…',
  'common.unexpected': 'Er ging iets mis: {message}',
  'common.rowsRead': '{rows} rijen × {columns} kolommen gelezen uit {address}',
  'common.nothingRead': 'Geen waarden gevonden in {address}.',

  'control.intro': 'Controleer de uren van deze week vóór de deadline: wat gaat er mis, en in welke cel.',
  'control.source': 'Urentabel',
  'control.source.hint': 'De selectie, een Excel-tabel, of een werkblad waarvan de kolomkoppen worden herkend.',
  'control.source.selection': 'Huidige selectie',
  'control.source.table': 'Tabel {name} ({sheet}, {rows} rijen)',
  'control.source.sheet': 'Werkblad {name}',
  'control.read': 'Tabel lezen',
  'control.run': 'Controle uitvoeren',
  'control.mark': 'Markeren in blad',
  'control.writeSheet': 'Bevindingenblad schrijven',

  'margin.intro': 'Marge per inlener en per uitzendkracht, met een grafiek in je werkmap.',
  'margin.week': 'Week',
  'margin.week.hint': 'ISO-week, bijvoorbeeld 2026-W10.',
  'margin.week.invalid': '"{value}" is geen ISO-week; verwacht bijvoorbeeld 2026-W10.',
  'margin.build': 'Margeoverzicht maken',

  'forecast.intro': 'Verwachte omzet, kosten en marge voor de komende weken.',
  'forecast.weeks': 'Aantal weken vooruit',
  'forecast.output': 'Uitvoer',
  'forecast.output.values': 'Tabel met waarden',
  'forecast.output.formula': 'Live formule =BO.FORECAST',
  'forecast.build': 'Prognose maken',

  'profiles.intro': 'Beloningsprofielen per inlener (toeslagen, overwerk, vergoedingen), bewaard in deze werkmap.',
  'profiles.none': 'Nog geen beloningsprofielen in deze werkmap.',
  'profiles.count': '{count} beloningsprofiel(en) in deze werkmap.',
  'profiles.new': 'Nieuw profiel',

  'settings.language': 'Taal',
  'settings.language.auto': 'Volg Office ({language})',
  'settings.language.nl': 'Nederlands',
  'settings.language.en': 'English',
  'settings.cao': 'Cao',
  'settings.cao.hint': 'Bewaard in deze werkmap.',
  'settings.cao.saved': 'Cao {cao} bewaard in de werkmap.',
  'settings.sources': 'Waar komen de getallen vandaan?',
  'settings.sources.text': 'Elk wettelijk en cao-getal heeft een datum en een bron; hier komt per getal de uitleg.',
  'settings.privacy': 'BackOfficer verstuurt niets: alle berekeningen gebeuren in Excel op deze computer.',
};

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  'app.title': 'BackOfficer',
  'app.subtitle': 'Hours, margin and forecast in your own workbook',
  'app.tabs': 'Sections',
  'host.excel': 'Connected to Excel',
  'host.preview': 'Preview outside Excel (sample workbook)',
  'host.noOffice': 'Office did not load. Open BackOfficer from Excel (Home → BackOfficer).',
  'host.notExcel': 'BackOfficer works in Excel only.',
  'host.tooOld': 'This version of Excel is too old for the BackOfficer pane (needs ExcelApi 1.5: Excel 2019 or Microsoft 365).',

  'tab.control': 'Control list',
  'tab.margin': 'Margin',
  'tab.forecast': 'Forecast',
  'tab.profiles': 'Profiles',
  'tab.settings': 'Settings',

  'common.comingSoon': 'This part is being built.',
  'common.busy': 'Working…',
  'common.unexpected': 'Something went wrong: {message}',
  'common.rowsRead': '{rows} rows × {columns} columns read from {address}',
  'common.nothingRead': 'No values found in {address}.',

  'control.intro': "Check this week's hours before the deadline: what will go wrong, and in which cell.",
  'control.source': 'Hours table',
  'control.source.hint': 'The selection, an Excel table, or a sheet whose column headers are recognised.',
  'control.source.selection': 'Current selection',
  'control.source.table': 'Table {name} ({sheet}, {rows} rows)',
  'control.source.sheet': 'Sheet {name}',
  'control.read': 'Read table',
  'control.run': 'Run checks',
  'control.mark': 'Mark in sheet',
  'control.writeSheet': 'Write findings sheet',

  'margin.intro': 'Margin per hirer and per worker, with a chart in your workbook.',
  'margin.week': 'Week',
  'margin.week.hint': 'ISO week, for example 2026-W10.',
  'margin.week.invalid': '"{value}" is not an ISO week; expected for example 2026-W10.',
  'margin.build': 'Build margin overview',

  'forecast.intro': 'Expected revenue, cost and margin for the coming weeks.',
  'forecast.weeks': 'Weeks ahead',
  'forecast.output': 'Output',
  'forecast.output.values': 'Table of values',
  'forecast.output.formula': 'Live formula =BO.FORECAST',
  'forecast.build': 'Build forecast',

  'profiles.intro': 'Hirer pay profiles (surcharges, overtime, allowances), kept in this workbook.',
  'profiles.none': 'No hirer pay profiles in this workbook yet.',
  'profiles.count': '{count} hirer pay profile(s) in this workbook.',
  'profiles.new': 'New profile',

  'settings.language': 'Language',
  'settings.language.auto': 'Follow Office ({language})',
  'settings.language.nl': 'Nederlands',
  'settings.language.en': 'English',
  'settings.cao': 'CAO',
  'settings.cao.hint': 'Kept in this workbook.',
  'settings.cao.saved': 'CAO {cao} saved in the workbook.',
  'settings.sources': 'Where do the numbers come from?',
  'settings.sources.text': 'Every statutory and CAO figure has a date and a source; the explanation per figure comes here.',
  'settings.privacy': 'BackOfficer sends nothing anywhere: every calculation runs in Excel on this computer.',
};

export type Lang = 'nl' | 'en';

export const messages: Record<Lang, Messages> = { nl, en };

export type Params = Record<string, string | number>;

export function format(lang: Lang, key: MessageKey, params?: Params): string {
  const text = messages[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
