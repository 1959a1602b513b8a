import type { RowOf, SheetSpec } from './types.js';

/*
 * The agency workbook: the sheets and columns an agency keeps, as the CLI reads them from .xlsx
 * or CSV and the task pane reads them from the open workbook. Headers in our template are Dutch;
 * the English header and the aliases are matched too (case, spaces, punctuation and accents
 * ignored), and an agency's own names can be mapped with a mapping file (mapping.ts).
 * Documented for users in examples/README.md (generated from this file's contents).
 */

const YES_NO = 'ja/nee (ook: j/n, yes/no, x, 1/0, waar/onwaar)';
const YES_NO_EN = 'yes/no (also: y/n, ja/nee, x, 1/0, true/false)';

export const workersSheet = {
  key: 'Workers',
  names: { nl: 'Uitzendkrachten', en: 'Workers' },
  aliases: ['Medewerkers', 'Werknemers', 'Flexkrachten', 'Personeel', 'Kandidaten', 'Temps'],
  mandatory: true,
  description: {
    nl: 'Eén regel per uitzendkracht of zzp\'er: identiteit, dossierdocumenten met vervaldatum en inschrijvingsmoment.',
    en: 'One row per worker or contractor: identity, dossier documents with expiry dates and registration time.',
  },
  columns: [
    {
      key: 'id', type: 'id', mandatory: true, unique: true,
      headers: { nl: 'Personeelsnummer', en: 'Worker ID' },
      aliases: ['Personeelsnr', 'Medewerkernummer', 'Medewerkernr', 'Werknemernummer', 'Registratienummer', 'Nummer', 'Nr', 'ID', 'Worker', 'Employee ID', 'Worker number'],
      description: { nl: 'Uw nummer voor de uitzendkracht; uniek.', en: 'Your number for the worker; unique.' },
    },
    {
      key: 'name', type: 'text', mandatory: true,
      headers: { nl: 'Naam', en: 'Name' },
      aliases: ['Volledige naam', 'Naam medewerker', 'Naam uitzendkracht', 'Full name', 'Worker name'],
      description: { nl: 'Volledige naam.', en: 'Full name.' },
    },
    {
      key: 'birthDate', type: 'date', mandatory: true, blankAllowed: true, personal: true,
      headers: { nl: 'Geboortedatum', en: 'Birth date' },
      aliases: ['Geb. datum', 'Geboren', 'Date of birth', 'DOB'],
      description: { nl: 'Voor het wettelijk minimumloon naar leeftijd en de Arbeidstijdenwet (jongeren). Persoonsgegeven.', en: 'For the age-based minimum wage and the Working Hours Act (young workers). Personal data.' },
    },
    {
      key: 'bsn', type: 'id', mandatory: true, blankAllowed: true, personal: true,
      headers: { nl: 'BSN', en: 'BSN' },
      aliases: ['Burgerservicenummer', 'Sofinummer', 'Sofi-nummer', 'BSN-nummer', 'Citizen service number'],
      description: { nl: 'Burgerservicenummer (elfproef). Leeg voor een zzp\'er. Persoonsgegeven: wordt overal gemaskeerd.', en: 'Citizen service number (11-test). Blank for a contractor. Personal data: masked everywhere.' },
    },
    {
      key: 'iban', type: 'id', blankAllowed: true, personal: true,
      headers: { nl: 'IBAN', en: 'IBAN' },
      aliases: ['Rekeningnummer', 'Bankrekening', 'Bankrekeningnummer', 'Bank account'],
      description: { nl: 'Rekening voor het loon (mod-97-controle). Persoonsgegeven.', en: 'Account for the wage (mod-97 check). Personal data.' },
    },
    {
      key: 'type', type: 'enum', mandatory: true,
      headers: { nl: 'Soort', en: 'Worker type' },
      aliases: ['Soort kracht', 'Type', 'Type medewerker', 'Herkomst', 'Worker kind'],
      choices: [
        { value: 'dutch', labels: { nl: 'Nederlands', en: 'Dutch' }, aliases: ['NL', 'Nederland', 'Nederlandse', 'Nederlander'] },
        { value: 'eu', labels: { nl: 'EU', en: 'EU' }, aliases: ['EER', 'EU/EER', 'EU-burger', 'EEA', 'Europees'] },
        { value: 'non-eu', labels: { nl: 'Buiten EU', en: 'Non-EU' }, aliases: ['Niet-EU', 'Derdelander', 'Non EU', 'Third country'] },
        { value: 'contractor', labels: { nl: 'Zzp\'er', en: 'Contractor' }, aliases: ['Zzp', 'Zelfstandige', 'Self-employed', 'Freelancer'] },
      ],
      description: { nl: 'Bepaalt welke dossierdocumenten nodig zijn: Nederlands, EU, buiten EU (verblijfs- en werkvergunning) of zzp\'er (KvK, btw-nummer, verzekering).', en: 'Decides which dossier documents are needed: Dutch, EU, non-EU (residence and work permit) or contractor (KvK, VAT number, insurance).' },
    },
    {
      key: 'nationality', type: 'text',
      headers: { nl: 'Nationaliteit', en: 'Nationality' },
      aliases: ['Land', 'Nationality code'],
      description: { nl: 'Landcode, bijvoorbeeld NL, PL, RO.', en: 'Country code, e.g. NL, PL, RO.' },
    },
    {
      key: 'idDocumentExpires', type: 'date',
      headers: { nl: 'ID geldig tot', en: 'ID document expires' },
      aliases: ['ID-bewijs geldig tot', 'Legitimatie geldig tot', 'Paspoort geldig tot', 'ID vervaldatum', 'ID expiry'],
      description: { nl: 'Vervaldatum van paspoort of ID-kaart.', en: 'Expiry date of the passport or identity card.' },
    },
    {
      key: 'residencePermitExpires', type: 'date',
      headers: { nl: 'Verblijfsvergunning geldig tot', en: 'Residence permit expires' },
      aliases: ['VVR geldig tot', 'Verblijfsdocument geldig tot', 'Residence permit expiry'],
      description: { nl: 'Alleen buiten EU: vervaldatum van de verblijfsvergunning.', en: 'Non-EU only: expiry date of the residence permit.' },
    },
    {
      key: 'residencePermitWorkAllowed', type: 'boolean',
      headers: { nl: 'Arbeid vrij toegestaan', en: 'Free to work' },
      aliases: ['Arbeid vrij', 'Vrije toegang arbeidsmarkt', 'Work allowed'],
      description: { nl: `Alleen buiten EU: de verblijfsvergunning vermeldt "arbeid vrij toegestaan", dus geen tewerkstellingsvergunning nodig: ${YES_NO}.`, en: `Non-EU only: the residence permit says "free to work", so no work permit is needed: ${YES_NO_EN}.` },
    },
    {
      key: 'workPermitExpires', type: 'date',
      headers: { nl: 'Tewerkstellingsvergunning geldig tot', en: 'Work permit expires' },
      aliases: ['TWV geldig tot', 'GVVA geldig tot', 'Werkvergunning geldig tot', 'Work permit expiry'],
      description: { nl: 'Alleen buiten EU als de verblijfsvergunning arbeid niet vrij toestaat: TWV of GVVA.', en: 'Non-EU only, when the residence permit does not allow work freely: TWV or GVVA.' },
    },
    {
      key: 'wageTaxForm', type: 'boolean',
      headers: { nl: 'Loonheffingsverklaring', en: 'Wage-tax form' },
      aliases: ['Loonbelastingverklaring', 'LHV', 'Opgaaf gegevens loonheffingen', 'Wage tax form received'],
      description: { nl: `Loonheffingsverklaring ontvangen: ${YES_NO}.`, en: `Wage-tax form received: ${YES_NO_EN}.` },
    },
    {
      key: 'wageTaxCredit', type: 'boolean',
      headers: { nl: 'Loonheffingskorting', en: 'Wage-tax credit' },
      aliases: ['Heffingskorting', 'LHK', 'Tax credit'],
      description: { nl: `Loonheffingskorting toepassen: ${YES_NO}.`, en: `Apply the wage-tax credit: ${YES_NO_EN}.` },
    },
    {
      key: 'vcaExpires', type: 'date',
      headers: { nl: 'VCA geldig tot', en: 'VCA expires' },
      aliases: ['VCA vervaldatum', 'Safety certificate expires'],
      description: { nl: 'Vervaldatum van het VCA-certificaat (bouw, industrie).', en: 'Expiry date of the VCA safety certificate (construction, industry).' },
    },
    {
      key: 'kvk', type: 'id',
      headers: { nl: 'KvK-nummer', en: 'KvK number' },
      aliases: ['KvK', 'KvK nummer zzp', 'Chamber of Commerce number'],
      description: { nl: 'Alleen zzp\'er: inschrijving Kamer van Koophandel (8 cijfers).', en: 'Contractor only: Chamber of Commerce number (8 digits).' },
    },
    {
      key: 'vatNumber', type: 'id',
      headers: { nl: 'Btw-nummer', en: 'VAT number' },
      aliases: ['Btw-id', 'BTW nummer', 'VAT ID'],
      description: { nl: 'Alleen zzp\'er: btw-identificatienummer.', en: 'Contractor only: VAT identification number.' },
    },
    {
      key: 'insuranceExpires', type: 'date',
      headers: { nl: 'Verzekering geldig tot', en: 'Insurance expires' },
      aliases: ['AVB geldig tot', 'Aansprakelijkheidsverzekering geldig tot', 'Insurance expiry'],
      description: { nl: 'Alleen zzp\'er: bedrijfsaansprakelijkheidsverzekering geldig tot.', en: 'Contractor only: liability insurance valid until.' },
    },
    {
      key: 'insurancePaidUntil', type: 'date',
      headers: { nl: 'Premie verzekering betaald tot', en: 'Insurance paid until' },
      aliases: ['Betaalbewijs verzekering tot', 'Premie betaald tot', 'Insurance premium paid until'],
      description: { nl: 'Alleen zzp\'er: tot wanneer het betaalbewijs van de verzekeringspremie loopt.', en: 'Contractor only: the date up to which the proof of the insurance premium payment runs.' },
    },
    {
      key: 'etScheme', type: 'boolean',
      headers: { nl: 'ET-regeling', en: 'ET scheme' },
      aliases: ['ET regeling', 'Extraterritoriale kosten', 'ET'],
      description: { nl: `Extraterritoriale kostenregeling (CAO art. 20) van toepassing: ${YES_NO}.`, en: `Extraterritorial cost scheme (CAO art. 20) applies: ${YES_NO_EN}.` },
    },
    {
      key: 'registeredAt', type: 'datetime', mandatory: true,
      headers: { nl: 'Ingeschreven op', en: 'Registered at' },
      aliases: ['Inschrijfdatum', 'Datum inschrijving', 'Onboarding compleet', 'Registration date', 'Registered'],
      description: { nl: 'Moment waarop de inschrijving compleet was (datum en tijd). Uiterlijk vrijdag 24:00 vóór de eerste werkweek.', en: 'When registration was complete (date and time). By Friday 24:00 before the first work week.' },
    },
  ],
} as const satisfies SheetSpec;

export const hirersSheet = {
  key: 'Hirers',
  names: { nl: 'Inleners', en: 'Hirers' },
  aliases: ['Klanten', 'Opdrachtgevers', 'Relaties', 'Clients'],
  mandatory: true,
  description: {
    nl: 'Eén regel per inlener: KvK, kredietlimiet en -verzekering, urenbewijs, btw en inschrijvingsmoment.',
    en: 'One row per hirer: KvK, credit limit and insurance, proof of hours, VAT and registration time.',
  },
  columns: [
    {
      key: 'id', type: 'id', mandatory: true, unique: true,
      headers: { nl: 'Inlenernummer', en: 'Hirer ID' },
      aliases: ['Inlener nr', 'Klantnummer', 'Debiteurnummer', 'Relatienummer', 'Nummer', 'Nr', 'ID', 'Hirer', 'Client ID'],
      description: { nl: 'Uw nummer voor de inlener; uniek.', en: 'Your number for the hirer; unique.' },
    },
    {
      key: 'name', type: 'text', mandatory: true,
      headers: { nl: 'Naam', en: 'Name' },
      aliases: ['Bedrijfsnaam', 'Naam inlener', 'Klantnaam', 'Company name', 'Hirer name'],
      description: { nl: 'Naam van het bedrijf.', en: 'Company name.' },
    },
    {
      key: 'kvk', type: 'id', mandatory: true,
      headers: { nl: 'KvK-nummer', en: 'KvK number' },
      aliases: ['KvK', 'Kamer van Koophandel', 'KvK nr', 'Chamber of Commerce number', 'CoC number'],
      description: { nl: 'Kamer van Koophandel, 8 cijfers.', en: 'Chamber of Commerce number, 8 digits.' },
    },
    {
      key: 'sector', type: 'text',
      headers: { nl: 'Sector', en: 'Sector' },
      aliases: ['Branche', 'Industry'],
      description: { nl: 'Branche, ter informatie.', en: 'Industry, for information.' },
    },
    {
      key: 'creditLimit', type: 'amount', mandatory: true,
      headers: { nl: 'Kredietlimiet', en: 'Credit limit' },
      aliases: ['Limiet', 'Kredietlimiet Atradius', 'Credit limit EUR'],
      description: { nl: 'Verzekerde limiet van de kredietverzekeraar, in euro.', en: 'Insured limit from the credit insurer, in euros.' },
    },
    {
      key: 'creditInsurance', type: 'enum', mandatory: true,
      headers: { nl: 'Kredietverzekering', en: 'Credit insurance' },
      aliases: ['Verzekeringsstatus', 'Status kredietverzekering', 'Atradius', 'Insurance status'],
      choices: [
        { value: 'insured', labels: { nl: 'Verzekerd', en: 'Insured' }, aliases: ['Ja', 'Akkoord', 'Gedekt', 'Covered'] },
        { value: 'own-assessment', labels: { nl: 'Eigen beoordeling', en: 'Own assessment' }, aliases: ['Eigen risico backoffice', 'Deels gedekt', 'Own risk'] },
        { value: 'uninsured', labels: { nl: 'Onverzekerd', en: 'Uninsured' }, aliases: ['Niet verzekerd', 'Geweigerd', 'Niet verzekerbaar', 'Geen', 'Nee', 'Aangevraagd', 'Refused', 'None'] },
      ],
      description: { nl: 'Verzekerd (kredietverzekeraar), Eigen beoordeling (backoffice dekt een deel) of Onverzekerd (alleen voor risico van de uitzender; ook zolang een aanvraag loopt).', en: "Insured (credit insurer), Own assessment (the back-office covers part) or Uninsured (at the agency's full risk only; also while an application is pending)." },
    },
    {
      key: 'requiresHoursProof', type: 'boolean', default: false,
      headers: { nl: 'Urenbewijs verplicht', en: 'Requires hours proof' },
      aliases: ['Bewijslast uren', 'Urenbriefje verplicht', 'Weekbriefje verplicht', 'Proof of hours required'],
      description: { nl: `De inlener eist een getekend urenbriefje of weekbriefje: ${YES_NO}. Standaard nee.`, en: `The hirer requires a signed timesheet or weekly slip: ${YES_NO_EN}. Default no.` },
    },
    {
      key: 'reverseChargeVat', type: 'boolean', default: false,
      headers: { nl: 'Btw verlegd', en: 'Reverse-charge VAT' },
      aliases: ['Verleggingsregeling', 'BTW verlegd', 'Reverse charge'],
      description: { nl: `Btw verlegd (bouw, schoonmaak, hoveniers, scheepsbouw): ${YES_NO}. Standaard nee.`, en: `VAT reverse-charged (construction, cleaning, gardening, shipbuilding): ${YES_NO_EN}. Default no.` },
    },
    {
      key: 'gAccountPercent', type: 'percent',
      headers: { nl: 'G-rekening %', en: 'G-account %' },
      aliases: ['G-rekening', 'Percentage G-rekening', 'G account percentage'],
      description: { nl: 'Deel van de factuur dat op de G-rekening wordt betaald, bijvoorbeeld 25%.', en: 'Share of the invoice paid into the G-account, e.g. 25%.' },
    },
    {
      key: 'paymentTermDays', type: 'integer',
      headers: { nl: 'Betaaltermijn (dagen)', en: 'Payment term (days)' },
      aliases: ['Betaaltermijn', 'Betalingstermijn', 'Payment term'],
      description: { nl: 'Betaaltermijn van de facturen in dagen.', en: 'Payment term of invoices in days.' },
    },
    {
      key: 'registeredAt', type: 'datetime', mandatory: true,
      headers: { nl: 'Ingeschreven op', en: 'Registered at' },
      aliases: ['Inschrijfdatum', 'Datum inschrijving', 'Onboarding compleet', 'Registration date', 'Registered'],
      description: { nl: 'Moment waarop de inschrijving van de inlener compleet was. Uiterlijk vrijdag 24:00 vóór de eerste werkweek.', en: "When the hirer's registration was complete. By Friday 24:00 before the first work week." },
    },
  ],
} as const satisfies SheetSpec;

export const placementsSheet = {
  key: 'Placements',
  names: { nl: 'Plaatsingen', en: 'Placements' },
  aliases: ['Plaatsing', 'Loon- en tariefafspraken', 'Contracten', 'Assignments'],
  mandatory: true,
  description: {
    nl: 'Eén regel per loon- en tariefafspraak van een plaatsing: een nieuwe afspraak (nieuw loon, nieuwe factor) is een nieuwe regel met hetzelfde plaatsingsnummer en een latere ingangsdatum.',
    en: 'One row per wage and rate agreement of a placement: a new agreement (new wage, new factor) is a new row with the same placement ID and a later effective date.',
  },
  columns: [
    {
      key: 'id', type: 'id', mandatory: true,
      headers: { nl: 'Plaatsingsnummer', en: 'Placement ID' },
      aliases: ['Plaatsing', 'Plaatsingnr', 'Plaatsing nr', 'Placement', 'Assignment ID'],
      description: { nl: 'Nummer van de plaatsing; herhaald op elke afspraak van dezelfde plaatsing.', en: 'Placement number; repeated on every agreement of the same placement.' },
    },
    {
      key: 'workerId', type: 'id', mandatory: true,
      headers: { nl: 'Personeelsnummer', en: 'Worker ID' },
      aliases: ['Uitzendkracht', 'Medewerkernummer', 'Medewerkernr', 'Medewerker', 'Personeelsnr', 'Worker'],
      description: { nl: 'Personeelsnummer uit het blad Uitzendkrachten.', en: 'Worker ID from the Workers sheet.' },
    },
    {
      key: 'hirerId', type: 'id', mandatory: true,
      headers: { nl: 'Inlenernummer', en: 'Hirer ID' },
      aliases: ['Inlener', 'Klantnummer', 'Klant', 'Debiteurnummer', 'Hirer'],
      description: { nl: 'Inlenernummer uit het blad Inleners.', en: 'Hirer ID from the Hirers sheet.' },
    },
    {
      key: 'job', type: 'text', mandatory: true,
      headers: { nl: 'Functie', en: 'Job' },
      aliases: ['Functienaam', 'Functieomschrijving', 'Job title', 'Position'],
      description: { nl: 'Functie bij de inlener; koppelt de plaatsing aan het inlenersbeloningsprofiel.', en: "Job at the hirer; links the placement to the hirer's pay profile." },
    },
    {
      key: 'start', type: 'date', mandatory: true,
      headers: { nl: 'Startdatum', en: 'Start date' },
      aliases: ['Begindatum', 'Ingangsdatum plaatsing', 'Start', 'Placement start'],
      description: { nl: 'Eerste dag van de plaatsing.', en: 'First day of the placement.' },
    },
    {
      key: 'end', type: 'date',
      headers: { nl: 'Einddatum', en: 'End date' },
      aliases: ['Einde', 'Einddatum plaatsing', 'End', 'Placement end'],
      description: { nl: 'Laatste dag van de plaatsing; leeg als die nog loopt.', en: 'Last day of the placement; blank while it runs.' },
    },
    {
      key: 'cao', type: 'enum', default: 'ABU',
      headers: { nl: 'CAO', en: 'CAO' },
      aliases: ['Cao uitzendkrachten', 'Collective agreement'],
      choices: [
        { value: 'ABU', labels: { nl: 'ABU', en: 'ABU' }, aliases: ['ABU-cao', 'CAO ABU'] },
        { value: 'NBBU', labels: { nl: 'NBBU', en: 'NBBU' }, aliases: ['NBBU-cao', 'CAO NBBU'] },
      ],
      description: { nl: 'ABU of NBBU. Standaard ABU.', en: 'ABU or NBBU. Default ABU.' },
    },
    {
      key: 'contractType', type: 'enum', default: 'agency-clause',
      headers: { nl: 'Contractsoort', en: 'Contract type' },
      aliases: ['Soort contract', 'Contract', 'Contract kind'],
      choices: [
        { value: 'agency-clause', labels: { nl: 'Met uitzendbeding', en: 'Agency clause' }, aliases: ['Uitzendbeding', 'Uitzendovereenkomst met uitzendbeding', 'Fase A', 'Fase 1-2'] },
        { value: 'fixed-term', labels: { nl: 'Bepaalde tijd', en: 'Fixed term' }, aliases: ['Zonder uitzendbeding', 'Fase B', 'Fase 3'] },
        { value: 'open-ended', labels: { nl: 'Onbepaalde tijd', en: 'Open-ended' }, aliases: ['Vast', 'Fase C', 'Fase 4', 'Permanent'] },
      ],
      description: { nl: 'Met uitzendbeding, bepaalde tijd of onbepaalde tijd. Standaard met uitzendbeding (werkafspraak backoffice).', en: "Agency clause, fixed term or open-ended. Default agency clause (the back-office's working agreement)." },
    },
    {
      key: 'contractHoursPerWeek', type: 'hours', mandatory: true, blankAllowed: true,
      headers: { nl: 'Contracturen per week', en: 'Contract hours per week' },
      aliases: ['Contracturen', 'Vaste uren', 'Uren per week', 'Contract hours'],
      description: { nl: 'Vaste uren per week volgens het contract (minimaal 4 volgens de werkafspraken); leeg of 0 voor een zzp\'er. Geschreven als 24 of 24:00.', en: 'Fixed hours per week under the contract (at least 4 under the working agreements); blank or 0 for a contractor. Written as 24 or 24:00.' },
    },
    {
      key: 'phase', type: 'enum',
      headers: { nl: 'Fase', en: 'Phase' },
      aliases: ['Fase bij start', 'Contractfase', 'Phase at start'],
      choices: [
        { value: 'A', labels: { nl: 'A', en: 'A' }, aliases: ['Fase A'] },
        { value: 'B', labels: { nl: 'B', en: 'B' }, aliases: ['Fase B'] },
        { value: 'C', labels: { nl: 'C', en: 'C' }, aliases: ['Fase C'] },
        { value: '1-2', labels: { nl: '1-2', en: '1-2' }, aliases: ['Fase 1-2', '1/2', 'Fase 1', 'Fase 2'] },
        { value: '3', labels: { nl: '3', en: '3' }, aliases: ['Fase 3'] },
        { value: '4', labels: { nl: '4', en: '4' }, aliases: ['Fase 4'] },
      ],
      description: { nl: 'Fase bij de start van de plaatsing (ABU A/B/C of NBBU 1-2/3/4).', en: 'Phase at the start of the placement (ABU A/B/C or NBBU 1-2/3/4).' },
    },
    {
      key: 'phaseWeeks', type: 'integer',
      headers: { nl: 'Gewerkte weken in fase', en: 'Weeks worked in phase' },
      aliases: ['Weken in fase', 'Fasetelling', 'Gewerkte weken', 'Weeks in phase'],
      description: { nl: 'Contracthistorie: gewerkte weken in de fase bij de start van de plaatsing.', en: 'Contract history: weeks worked in the phase at the start of the placement.' },
    },
    {
      key: 'contractNumber', type: 'integer',
      headers: { nl: 'Contractnummer in fase', en: 'Contract number in phase' },
      aliases: ['Volgnummer contract', 'Aantal contracten', 'Contract sequence'],
      description: { nl: 'Contracthistorie: het hoeveelste contract in de fase dit is (fase B: maximaal 6).', en: 'Contract history: which contract in the phase this is (phase B: at most 6).' },
    },
    {
      key: 'agreementFrom', type: 'date', mandatory: true,
      headers: { nl: 'Afspraak geldig vanaf', en: 'Agreement valid from' },
      aliases: ['Ingangsdatum', 'Ingangsdatum afspraak', 'Geldig vanaf', 'Effective date', 'Valid from'],
      description: { nl: 'Ingangsdatum van deze loon- en tariefafspraak.', en: 'Effective date of this wage and rate agreement.' },
    },
    {
      key: 'wage', type: 'amount', mandatory: true,
      headers: { nl: 'Uurloon', en: 'Hourly wage' },
      aliases: ['Bruto uurloon', 'Loon per uur', 'Loon', 'Wage', 'Gross hourly wage'],
      description: { nl: 'Bruto uurloon in euro (voor een zzp\'er: het inkooptarief).', en: "Gross hourly wage in euros (for a contractor: the purchase rate)." },
    },
    {
      key: 'rateMode', type: 'enum', mandatory: true,
      headers: { nl: 'Rekenwijze', en: 'Billing mode' },
      aliases: ['Tariefsoort', 'Rekenmethode', 'Mode', 'Rate mode'],
      choices: [
        { value: 'factor', labels: { nl: 'Factor', en: 'Factor' }, aliases: ['Omrekenfactor'] },
        { value: 'margin', labels: { nl: 'Marge', en: 'Margin' }, aliases: ['Margepercentage'] },
        { value: 'fixed', labels: { nl: 'Tarief', en: 'Fixed rate' }, aliases: ['Vast tarief', 'Vast', 'Fixed', 'Rate'] },
      ],
      description: { nl: 'Hoe het tarief volgt: factor × uurloon, marge op de kostprijs, of een vast tarief.', en: 'How the rate follows: factor × wage, margin on cost, or a fixed rate.' },
    },
    {
      key: 'factor', type: 'number', requiredWhen: { column: 'rateMode', in: ['factor'] },
      headers: { nl: 'Factor', en: 'Factor' },
      aliases: ['Omrekenfactor', 'Tarieffactor', 'Billing factor'],
      description: { nl: 'Bij rekenwijze Factor: bijvoorbeeld 1,85.', en: 'With billing mode Factor: e.g. 1.85.' },
    },
    {
      key: 'margin', type: 'percent', requiredWhen: { column: 'rateMode', in: ['margin'] },
      headers: { nl: 'Marge %', en: 'Margin %' },
      aliases: ['Marge', 'Margepercentage', 'Margin'],
      description: { nl: 'Bij rekenwijze Marge: de marge, bijvoorbeeld 15%.', en: 'With billing mode Margin: the margin, e.g. 15%.' },
    },
    {
      key: 'marginBasis', type: 'enum', requiredWhen: { column: 'rateMode', in: ['margin'] },
      headers: { nl: 'Marge over', en: 'Margin basis' },
      aliases: ['Margeberekening', 'Marge berekend over', 'Margin of'],
      choices: [
        { value: 'of-rate', labels: { nl: 'Tarief', en: 'Rate' }, aliases: ['Van tarief', 'Deel van het tarief', 'Of rate', 'Share of rate'] },
        { value: 'markup', labels: { nl: 'Kosten', en: 'Cost' }, aliases: ['Opslag', 'Opslag op kosten', 'Markup', 'Markup on cost'] },
      ],
      description: { nl: 'Bij rekenwijze Marge: Tarief (tarief = kosten / (1 − marge)) of Kosten (tarief = kosten × (1 + marge)).', en: 'With billing mode Margin: Rate (rate = cost / (1 − margin)) or Cost (rate = cost × (1 + margin)).' },
    },
    {
      key: 'rate', type: 'amount', requiredWhen: { column: 'rateMode', in: ['fixed'] },
      headers: { nl: 'Tarief', en: 'Rate' },
      aliases: ['Uurtarief', 'Factuurtarief', 'Tarief per uur', 'Billing rate'],
      description: { nl: 'Bij rekenwijze Tarief: het uurtarief voor de inlener in euro, exclusief btw.', en: 'With billing mode Fixed rate: the hourly rate for the hirer in euros, excluding VAT.' },
    },
    {
      key: 'hirerPayProfileId', type: 'id',
      headers: { nl: 'Inlenersbeloningsprofiel', en: 'Hirer pay profile' },
      aliases: ['Profiel', 'Beloningsprofiel', 'Pay profile'],
      description: { nl: 'Profiel uit het blad Inlenersbeloning; leeg: het profiel van dezelfde inlener en functie.', en: 'Profile from the HirerPay sheet; blank: the profile of the same hirer and job.' },
    },
    {
      key: 'costCentre', type: 'text',
      headers: { nl: 'Kostenplaats', en: 'Cost centre' },
      aliases: ['Afdeling', 'Cost center', 'Department'],
      description: { nl: 'Kostenplaats of afdeling bij de inlener.', en: 'Cost centre or department at the hirer.' },
    },
  ],
} as const satisfies SheetSpec;

export const hirerPaySheet = {
  key: 'HirerPay',
  names: { nl: 'Inlenersbeloning', en: 'HirerPay' },
  aliases: ['Inlenersbeloningen', 'Beloningsprofielen', 'Hirer pay', 'Hirer pay profiles', 'Gelijkwaardige beloning'],
  mandatory: false,
  description: {
    nl: 'Beloningsprofielen van inleners, één regel per regel van het profiel: de schaal (schaalloon), toeslagen per dagen en tijdvak, overwerk en vergoedingen. Het profiel moet door de inlener getekend zijn.',
    en: "Hirers' pay profiles, one row per rule of the profile: the scale (scale wage), surcharges by days and time window, overtime and allowances. The hirer must sign the profile.",
  },
  columns: [
    {
      key: 'profileId', type: 'id', mandatory: true,
      headers: { nl: 'Profiel', en: 'Profile' },
      aliases: ['Profielnummer', 'Profiel ID', 'Profile ID'],
      description: { nl: 'Nummer van het profiel; herhaald op elke regel ervan.', en: 'Profile number; repeated on each of its rows.' },
    },
    {
      key: 'hirerId', type: 'id', mandatory: true,
      headers: { nl: 'Inlenernummer', en: 'Hirer ID' },
      aliases: ['Inlener', 'Klantnummer', 'Hirer'],
      description: { nl: 'Inlenernummer uit het blad Inleners.', en: 'Hirer ID from the Hirers sheet.' },
    },
    {
      key: 'job', type: 'text', mandatory: true,
      headers: { nl: 'Functie', en: 'Job' },
      aliases: ['Functienaam', 'Job title'],
      description: { nl: 'Functie waarvoor het profiel geldt.', en: 'Job the profile applies to.' },
    },
    {
      key: 'validFrom', type: 'date', mandatory: true,
      headers: { nl: 'Geldig vanaf', en: 'Valid from' },
      aliases: ['Ingangsdatum', 'Vanaf', 'Effective date'],
      description: { nl: 'Ingangsdatum van deze versie van het profiel.', en: 'Effective date of this version of the profile.' },
    },
    {
      key: 'rule', type: 'enum', mandatory: true,
      headers: { nl: 'Regel', en: 'Rule' },
      aliases: ['Soort regel', 'Onderdeel', 'Rule type', 'Element'],
      choices: [
        { value: 'scale', labels: { nl: 'Schaal', en: 'Scale' }, aliases: ['Loonschaal', 'Schaalloon', 'Periodeloon'] },
        { value: 'surcharge', labels: { nl: 'Toeslag', en: 'Surcharge' }, aliases: ['Onregelmatigheidstoeslag', 'ORT', 'Ploegentoeslag'] },
        { value: 'overtime', labels: { nl: 'Overwerk', en: 'Overtime' }, aliases: ['Overuren', 'Meeruren'] },
        { value: 'allowance', labels: { nl: 'Vergoeding', en: 'Allowance' }, aliases: ['Toelage', 'Onkostenvergoeding'] },
        { value: 'reduction', labels: { nl: 'ADV/ATV', en: 'Working-time reduction' }, aliases: ['ADV', 'ATV', 'Arbeidsduurverkorting', 'Working time reduction'] },
      ],
      description: { nl: 'Schaal, Toeslag, Overwerk, Vergoeding of ADV/ATV.', en: 'Scale, Surcharge, Overtime, Allowance or Working-time reduction.' },
    },
    {
      key: 'scale', type: 'text',
      headers: { nl: 'Schaal', en: 'Scale' },
      aliases: ['Loonschaal', 'Schaal en trede', 'Pay scale'],
      description: { nl: 'Bij regel Schaal: de naam van schaal en trede, bijvoorbeeld C3.', en: 'With rule Scale: the name of scale and step, e.g. C3.' },
    },
    {
      key: 'scaleWage', type: 'amount', requiredWhen: { column: 'rule', in: ['scale'] },
      headers: { nl: 'Schaalloon per uur', en: 'Scale wage per hour' },
      aliases: ['Schaalloon', 'Uurloon schaal', 'Scale wage'],
      description: { nl: 'Bij regel Schaal: het bruto uurloon van de schaal in euro.', en: 'With rule Scale: the gross hourly wage of the scale in euros.' },
    },
    {
      key: 'days', type: 'days', requiredWhen: { column: 'rule', in: ['surcharge'] },
      headers: { nl: 'Dagen', en: 'Days' },
      aliases: ['Dag', 'Weekdagen', 'Days of week'],
      description: { nl: 'Bij regel Toeslag: de dagen, bijvoorbeeld ma-vr, za, zo, za,zo of feestdag.', en: 'With rule Surcharge: the days, e.g. mon-fri, sat, sun, sat,sun or holiday (Dutch ma-vr, za, zo, feestdag also).' },
    },
    {
      key: 'from', type: 'time',
      headers: { nl: 'Van', en: 'From' },
      aliases: ['Vanaf tijd', 'Begintijd', 'Start time'],
      description: { nl: 'Bij regel Toeslag: begin van het tijdvak (leeg: de hele dag).', en: 'With rule Surcharge: start of the time window (blank: the whole day).' },
    },
    {
      key: 'to', type: 'time',
      headers: { nl: 'Tot', en: 'To' },
      aliases: ['Tot tijd', 'Eindtijd', 'End time'],
      description: { nl: 'Bij regel Toeslag: einde van het tijdvak (24:00 voor middernacht).', en: 'With rule Surcharge: end of the time window (24:00 for midnight).' },
    },
    {
      key: 'overtimeAfterHours', type: 'hours', requiredWhen: { column: 'rule', in: ['overtime'] },
      headers: { nl: 'Overwerk na (uren)', en: 'Overtime after (hours)' },
      aliases: ['Overwerk na', 'Drempel', 'Overtime threshold'],
      description: { nl: 'Bij regel Overwerk: het aantal uren per dag of week waarna overwerk begint, bijvoorbeeld 8 of 40.', en: 'With rule Overtime: hours per day or week after which overtime starts, e.g. 8 or 40.' },
    },
    {
      key: 'period', type: 'enum', requiredWhen: { column: 'rule', in: ['overtime'] },
      headers: { nl: 'Per', en: 'Per' },
      aliases: ['Periode', 'Overwerk per', 'Period'],
      choices: [
        { value: 'day', labels: { nl: 'Dag', en: 'Day' }, aliases: ['Per dag', 'Dienst'] },
        { value: 'week', labels: { nl: 'Week', en: 'Week' }, aliases: ['Per week'] },
      ],
      description: { nl: 'Bij regel Overwerk: Dag of Week.', en: 'With rule Overtime: Day or Week.' },
    },
    {
      key: 'percent', type: 'percent', requiredWhen: { column: 'rule', in: ['reduction'] },
      headers: { nl: 'Percentage', en: 'Percentage' },
      aliases: ['Toeslag %', 'Toeslagpercentage', 'Percent', 'Surcharge %'],
      description: { nl: 'Bij Toeslag en Overwerk: toeslag bovenop het uurloon, 25% betekent 125% betaald (of een vast bedrag per uur in Bedrag). Bij ADV/ATV: het ADV-percentage.', en: 'With Surcharge and Overtime: premium on top of the hourly wage, 25% means 125% paid (or a fixed amount per hour in Amount). With working-time reduction: its percentage.' },
    },
    {
      key: 'amount', type: 'amount', requiredWhen: { column: 'rule', in: ['allowance'] },
      headers: { nl: 'Bedrag', en: 'Amount' },
      aliases: ['Vergoeding', 'Bedrag per eenheid', 'Allowance amount'],
      description: { nl: 'Bij regel Vergoeding: bedrag in euro per eenheid. Bij Toeslag of Overwerk: een vast bedrag per uur in plaats van een percentage.', en: 'With rule Allowance: amount in euros per unit. With Surcharge or Overtime: a fixed amount per hour instead of a percentage.' },
    },
    {
      key: 'unit', type: 'enum', requiredWhen: { column: 'rule', in: ['allowance'] },
      headers: { nl: 'Eenheid', en: 'Unit' },
      aliases: ['Per eenheid', 'Unit of allowance'],
      choices: [
        { value: 'hour', labels: { nl: 'Uur', en: 'Hour' }, aliases: ['Per uur'] },
        { value: 'day', labels: { nl: 'Dag', en: 'Day' }, aliases: ['Per dag', 'Dienst'] },
        { value: 'week', labels: { nl: 'Week', en: 'Week' }, aliases: ['Per week'] },
        { value: 'km', labels: { nl: 'Km', en: 'Km' }, aliases: ['Kilometer', 'Per km'] },
      ],
      description: { nl: 'Bij regel Vergoeding: Uur, Dag, Week of Km.', en: 'With rule Allowance: Hour, Day, Week or Km.' },
    },
    {
      key: 'compensation', type: 'enum', requiredWhen: { column: 'rule', in: ['reduction'] },
      headers: { nl: 'ADV in', en: 'Reduction as' },
      aliases: ['ADV in tijd of geld', 'Compensatie', 'Compensation'],
      choices: [
        { value: 'time', labels: { nl: 'Tijd', en: 'Time' }, aliases: ['Vrije tijd', 'In tijd', 'Time off'] },
        { value: 'money', labels: { nl: 'Geld', en: 'Money' }, aliases: ['In geld', 'Uitbetaling', 'Paid out'] },
      ],
      description: { nl: 'Bij regel ADV/ATV: Tijd (vrije uren) of Geld (uitbetaald).', en: 'With rule Working-time reduction: Time (hours off) or Money (paid out).' },
    },
    {
      key: 'description', type: 'text',
      headers: { nl: 'Omschrijving', en: 'Description' },
      aliases: ['Toelichting', 'Naam regel'],
      description: { nl: 'Naam van de regel (Avondtoeslag, Reiskosten); bij een Vergoeding de naam op de loonstrook.', en: 'Name of the rule (Evening surcharge, Travel); for an Allowance the name on the payslip.' },
    },
    {
      key: 'complete', type: 'boolean',
      headers: { nl: 'Formulier volledig', en: 'Form complete' },
      aliases: ['Volledig', 'Compleet', 'Complete'],
      description: { nl: `Het inlenersbeloningsformulier is volledig ingevuld: ${YES_NO} (op één regel van het profiel is genoeg).`, en: `The hirer pay form is completely filled in: ${YES_NO_EN} (one row of the profile is enough).` },
    },
    {
      key: 'signedBy', type: 'text',
      headers: { nl: 'Ondertekend door', en: 'Signed by' },
      aliases: ['Getekend door', 'Akkoord inlener', 'Signatory'],
      description: { nl: 'Wie bij de inlener het profiel tekende (op één regel van het profiel is genoeg).', en: 'Who signed the profile at the hirer (one row of the profile is enough).' },
    },
    {
      key: 'signedAt', type: 'datetime',
      headers: { nl: 'Ondertekend op', en: 'Signed at' },
      aliases: ['Getekend op', 'Datum ondertekening', 'Signed on'],
      description: { nl: 'Wanneer de inlener tekende; leeg: niet getekend.', en: 'When the hirer signed; blank: not signed.' },
    },
  ],
} as const satisfies SheetSpec;

export const hoursSheet = {
  key: 'Hours',
  names: { nl: 'Uren', en: 'Hours' },
  aliases: ['Urenregistratie', 'Urenstaat', 'Gewerkte uren', 'Urenexport', 'Declaraties', 'Timesheet', 'Timesheets'],
  mandatory: true,
  description: {
    nl: 'Eén regel per dienst of dag: begin- en eindtijd met pauze, of een aantal uren; status, goedkeuring en urenbewijs.',
    en: 'One row per shift or day: start and end time with the break, or a number of hours; status, approval and proof of hours.',
  },
  oneOf: [['start', 'end'], ['hours']],
  columns: [
    {
      key: 'id', type: 'id',
      headers: { nl: 'Regelnummer', en: 'Line ID' },
      aliases: ['Regel', 'Declaratienummer', 'Urenregel', 'Line'],
      description: { nl: 'Nummer van de regel in uw urensysteem (optioneel).', en: 'Number of the line in your time system (optional).' },
    },
    {
      key: 'workerId', type: 'id', mandatory: true,
      headers: { nl: 'Personeelsnummer', en: 'Worker ID' },
      aliases: ['Uitzendkracht', 'Medewerkernummer', 'Medewerkernr', 'Medewerker', 'Personeelsnr', 'Worker'],
      description: { nl: 'Personeelsnummer uit het blad Uitzendkrachten.', en: 'Worker ID from the Workers sheet.' },
    },
    {
      key: 'workerName', type: 'text',
      headers: { nl: 'Naam', en: 'Name' },
      aliases: ['Naam uitzendkracht', 'Naam medewerker', 'Worker name'],
      description: { nl: 'Naam, alleen ter herkenning.', en: 'Name, for recognition only.' },
    },
    {
      key: 'placementId', type: 'id', mandatory: true,
      headers: { nl: 'Plaatsingsnummer', en: 'Placement ID' },
      aliases: ['Plaatsing', 'Plaatsingnr', 'Placement'],
      description: { nl: 'Plaatsingsnummer uit het blad Plaatsingen.', en: 'Placement ID from the Placements sheet.' },
    },
    {
      key: 'date', type: 'date', mandatory: true,
      headers: { nl: 'Datum', en: 'Date' },
      aliases: ['Werkdatum', 'Dag', 'Datum dienst', 'Work date'],
      description: { nl: 'Datum waarop de dienst begint.', en: 'Date the shift starts.' },
    },
    {
      key: 'start', type: 'time',
      headers: { nl: 'Begintijd', en: 'Start' },
      aliases: ['Begin', 'Van', 'Aanvang', 'Start time', 'From'],
      description: { nl: 'Begintijd, bijvoorbeeld 07:00.', en: 'Start time, e.g. 07:00.' },
    },
    {
      key: 'end', type: 'time',
      headers: { nl: 'Eindtijd', en: 'End' },
      aliases: ['Einde', 'Eind', 'Tot', 'End time', 'To'],
      description: { nl: 'Eindtijd; een eindtijd vóór de begintijd betekent de volgende dag (nachtdienst), tenzij Einddatum iets anders zegt.', en: 'End time; an end before the start means the next day (night shift), unless End date says otherwise.' },
    },
    {
      key: 'endDate', type: 'date',
      headers: { nl: 'Einddatum', en: 'End date' },
      aliases: ['Datum einde', 'End date of shift'],
      description: { nl: 'Optioneel: datum waarop de dienst eindigt. Leeg: dezelfde dag, of de volgende dag als de eindtijd vóór de begintijd ligt.', en: 'Optional: date the shift ends. Blank: the same day, or the next day when the end is before the start.' },
    },
    {
      key: 'breakMinutes', type: 'minutes', default: 0,
      headers: { nl: 'Pauze (min)', en: 'Break (min)' },
      aliases: ['Pauze', 'Pauze minuten', 'Pauzeminuten', 'Break', 'Break minutes'],
      description: { nl: 'Pauze in minuten (30) of als uren:minuten (0:30). Standaard 0.', en: 'Break in minutes (30) or as hours:minutes (0:30). Default 0.' },
    },
    {
      key: 'hours', type: 'hours',
      headers: { nl: 'Uren', en: 'Hours' },
      aliases: ['Aantal uren', 'Gewerkte uren', 'Totaal uren', 'Uren totaal', 'Hours worked', 'Total hours'],
      description: { nl: 'Gewerkte uren zonder pauze (7,5 of 7:30), voor regels zonder begin- en eindtijd; met begin- en eindtijd ter controle.', en: 'Hours worked excluding the break (7.5 or 7:30), for lines without start and end; with start and end, as a cross-check.' },
    },
    {
      key: 'status', type: 'enum', mandatory: true,
      headers: { nl: 'Status', en: 'Status' },
      aliases: ['Urenstatus', 'Goedkeuringsstatus', 'Approval status'],
      choices: [
        { value: 'entered', labels: { nl: 'Ingevoerd', en: 'Entered' }, aliases: ['Concept', 'Open', 'Nieuw', 'Draft'] },
        { value: 'submitted', labels: { nl: 'Ingediend', en: 'Submitted' }, aliases: ['Ter goedkeuring', 'Verstuurd', 'Aangeboden', 'Pending'] },
        { value: 'approved', labels: { nl: 'Goedgekeurd', en: 'Approved' }, aliases: ['Akkoord', 'Geaccordeerd', 'Gefiatteerd'] },
        { value: 'rejected', labels: { nl: 'Afgekeurd', en: 'Rejected' }, aliases: ['Geweigerd', 'Afgewezen', 'Declined'] },
      ],
      description: { nl: 'Ingevoerd, Ingediend, Goedgekeurd of Afgekeurd.', en: 'Entered, Submitted, Approved or Rejected.' },
    },
    {
      key: 'approvedBy', type: 'text',
      headers: { nl: 'Goedgekeurd door', en: 'Approved by' },
      aliases: ['Akkoord door', 'Fiatteur', 'Approver'],
      description: { nl: 'Wie bij de inlener de uren goedkeurde.', en: 'Who approved the hours at the hirer.' },
    },
    {
      key: 'approvedAt', type: 'datetime',
      headers: { nl: 'Goedgekeurd op', en: 'Approved at' },
      aliases: ['Akkoord op', 'Datum goedkeuring', 'Goedkeuringsdatum', 'Approval date'],
      description: { nl: 'Moment van goedkeuring (datum en tijd); de deadline is dinsdag 13:00 na de werkweek.', en: 'Moment of approval (date and time); the deadline is Tuesday 13:00 after the work week.' },
    },
    {
      key: 'proof', type: 'boolean', default: false,
      headers: { nl: 'Urenbewijs', en: 'Hours proof' },
      aliases: ['Bewijs', 'Urenbriefje', 'Weekbriefje', 'Getekend urenbriefje', 'Proof', 'Proof attached'],
      description: { nl: `Getekend urenbriefje of weekbriefje aanwezig: ${YES_NO}. Standaard nee.`, en: `Signed timesheet or weekly slip present: ${YES_NO_EN}. Default no.` },
    },
    {
      key: 'note', type: 'text',
      headers: { nl: 'Opmerking', en: 'Note' },
      aliases: ['Opmerkingen', 'Toelichting', 'Notes', 'Comment'],
      description: { nl: 'Vrije toelichting.', en: 'Free text.' },
    },
  ],
} as const satisfies SheetSpec;

export const advancesSheet = {
  key: 'Advances',
  names: { nl: 'Voorschotten', en: 'Advances' },
  aliases: ['Voorschot', 'Advances paid'],
  mandatory: false,
  description: {
    nl: 'Voorschotten en de verrekening ervan, één regel per betaling of verrekening.',
    en: 'Advances and their recovery, one row per payment or recovery.',
  },
  columns: [
    {
      key: 'id', type: 'id', mandatory: true, unique: true,
      headers: { nl: 'Nummer', en: 'ID' },
      aliases: ['Voorschotnummer', 'Nr', 'Advance ID'],
      description: { nl: 'Nummer van de regel; uniek.', en: 'Row number; unique.' },
    },
    {
      key: 'workerId', type: 'id', mandatory: true,
      headers: { nl: 'Personeelsnummer', en: 'Worker ID' },
      aliases: ['Uitzendkracht', 'Medewerkernummer', 'Medewerkernr', 'Personeelsnr', 'Worker'],
      description: { nl: 'Personeelsnummer uit het blad Uitzendkrachten.', en: 'Worker ID from the Workers sheet.' },
    },
    {
      key: 'date', type: 'date', mandatory: true,
      headers: { nl: 'Datum', en: 'Date' },
      aliases: ['Betaaldatum', 'Datum betaling', 'Payment date'],
      description: { nl: 'Datum van betaling of verrekening.', en: 'Date of payment or recovery.' },
    },
    {
      key: 'kind', type: 'enum', default: 'advance',
      headers: { nl: 'Soort', en: 'Kind' },
      aliases: ['Type', 'Soort boeking', 'Kind of entry'],
      choices: [
        { value: 'advance', labels: { nl: 'Voorschot', en: 'Advance' }, aliases: ['Betaling', 'Uitbetaald'] },
        { value: 'recovery', labels: { nl: 'Verrekening', en: 'Recovery' }, aliases: ['Inhouding', 'Terugbetaling', 'Verrekend', 'Repayment'] },
      ],
      description: { nl: 'Voorschot of Verrekening. Standaard Voorschot.', en: 'Advance or Recovery. Default Advance.' },
    },
    {
      key: 'amount', type: 'amount', mandatory: true,
      headers: { nl: 'Bedrag', en: 'Amount' },
      aliases: ['Bedrag voorschot', 'Amount EUR'],
      description: { nl: 'Bedrag in euro.', en: 'Amount in euros.' },
    },
    {
      key: 'paidBy', type: 'enum', default: 'backoffice',
      headers: { nl: 'Betaald door', en: 'Paid by' },
      aliases: ['Verstrekt door', 'Betaler', 'Paid by party'],
      choices: [
        { value: 'backoffice', labels: { nl: 'Backoffice', en: 'Back-office' }, aliases: ['Back-office', 'Payroller', 'Werkgever'] },
        { value: 'agency', labels: { nl: 'Uitzender', en: 'Agency' }, aliases: ['Uitzendbureau', 'Bureau', 'Intermediair'] },
      ],
      description: { nl: 'Backoffice of Uitzender (zonder geldig BSN alleen de uitzender). Standaard Backoffice.', en: 'Back-office or Agency (without a valid BSN only the agency). Default Back-office.' },
    },
    {
      key: 'reason', type: 'enum',
      headers: { nl: 'Reden', en: 'Reason' },
      aliases: ['Aanleiding', 'Reason for advance'],
      choices: [
        { value: 'dossier', labels: { nl: 'Dossier onvolledig', en: 'Dossier incomplete' }, aliases: ['Dossier', 'Documenten ontbreken'] },
        { value: 'proof', labels: { nl: 'Urenbewijs te laat', en: 'Proof of hours late' }, aliases: ['Urenbewijs', 'Bewijs te laat'] },
        { value: 'other', labels: { nl: 'Anders', en: 'Other' }, aliases: ['Overig'] },
      ],
      description: { nl: 'Dossier onvolledig, Urenbewijs te laat of Anders.', en: 'Dossier incomplete, Proof of hours late or Other.' },
    },
    {
      key: 'note', type: 'text',
      headers: { nl: 'Opmerking', en: 'Note' },
      aliases: ['Toelichting', 'Notes'],
      description: { nl: 'Vrije toelichting.', en: 'Free text.' },
    },
  ],
} as const satisfies SheetSpec;

export const deductionsSheet = {
  key: 'Deductions',
  names: { nl: 'Inhoudingen', en: 'Deductions' },
  aliases: ['Inhouding', 'Boetes', 'Verrekeningen', 'Deductions from pay'],
  mandatory: false,
  description: {
    nl: 'Inhoudingen op het loon: boetes (alleen met bewijs en getekende machtiging), huisvesting, zorgverzekering, schade.',
    en: 'Deductions from pay: fines (only with proof and a signed authorisation), housing, health insurance, damages.',
  },
  columns: [
    {
      key: 'id', type: 'id', mandatory: true, unique: true,
      headers: { nl: 'Nummer', en: 'ID' },
      aliases: ['Inhoudingnummer', 'Nr', 'Deduction ID'],
      description: { nl: 'Nummer van de regel; uniek.', en: 'Row number; unique.' },
    },
    {
      key: 'workerId', type: 'id', mandatory: true,
      headers: { nl: 'Personeelsnummer', en: 'Worker ID' },
      aliases: ['Uitzendkracht', 'Medewerkernummer', 'Medewerkernr', 'Personeelsnr', 'Worker'],
      description: { nl: 'Personeelsnummer uit het blad Uitzendkrachten.', en: 'Worker ID from the Workers sheet.' },
    },
    {
      key: 'date', type: 'date', mandatory: true,
      headers: { nl: 'Datum', en: 'Date' },
      aliases: ['Datum inhouding', 'Loondatum', 'Deduction date'],
      description: { nl: 'Datum in de loonperiode waarin wordt ingehouden.', en: 'Date in the pay period of the deduction.' },
    },
    {
      key: 'kind', type: 'enum', mandatory: true,
      headers: { nl: 'Soort', en: 'Kind' },
      aliases: ['Type', 'Soort inhouding', 'Deduction kind'],
      choices: [
        { value: 'fine-judicial', labels: { nl: 'Verkeersboete', en: 'Traffic or judicial fine' }, aliases: ['CJIB', 'Justitiële boete', 'Boete CJIB', 'Traffic fine'] },
        { value: 'fine-administrative', labels: { nl: 'Bestuurlijke boete', en: 'Administrative fine' }, aliases: ['Naheffing', 'Bestuurlijke boete belasting', 'Administrative penalty'] },
        { value: 'fine-private', labels: { nl: 'Boete inlener', en: 'Private fine' }, aliases: ['Boete', 'Private boete', 'Contractboete'] },
        { value: 'damage', labels: { nl: 'Schade', en: 'Damage' }, aliases: ['Schadevergoeding', 'Eigen risico schade'] },
        { value: 'housing', labels: { nl: 'Huisvesting', en: 'Housing' }, aliases: ['Huur', 'Logies', 'Rent'] },
        { value: 'health-insurance', labels: { nl: 'Zorgverzekering', en: 'Health insurance' }, aliases: ['Zorgpremie', 'Ziektekostenverzekering'] },
        { value: 'other', labels: { nl: 'Anders', en: 'Other' }, aliases: ['Overig'] },
      ],
      description: { nl: 'Verkeersboete, Bestuurlijke boete, Boete inlener, Schade, Huisvesting, Zorgverzekering of Anders.', en: 'Traffic or judicial fine, Administrative fine, Private fine, Damage, Housing, Health insurance or Other.' },
    },
    {
      key: 'amount', type: 'amount', mandatory: true,
      headers: { nl: 'Bedrag', en: 'Amount' },
      aliases: ['Bedrag inhouding', 'Amount EUR'],
      description: { nl: 'Bedrag in euro.', en: 'Amount in euros.' },
    },
    {
      key: 'proofAt', type: 'date',
      headers: { nl: 'Bewijs ontvangen op', en: 'Proof received on' },
      aliases: ['Bewijs', 'Datum bewijs', 'Proof date'],
      description: { nl: 'Bij een boete: wanneer het bewijs (de beschikking) binnenkwam.', en: 'For a fine: when the proof (the decision) arrived.' },
    },
    {
      key: 'authorisationSignedAt', type: 'date',
      headers: { nl: 'Machtiging getekend op', en: 'Authorisation signed on' },
      aliases: ['Machtiging', 'Datum machtiging', 'Authorisation date'],
      description: { nl: 'Wanneer de uitzendkracht de machtiging tekende (via het urenportaal).', en: 'When the worker signed the authorisation (through the hours portal).' },
    },
    {
      key: 'housingCertified', type: 'boolean',
      headers: { nl: 'Huisvesting SNF-gecertificeerd', en: 'Housing SNF-certified' },
      aliases: ['SNF', 'SNF gecertificeerd', 'Certified housing'],
      description: { nl: `Bij huisvesting: SNF-gecertificeerd of van een woningcorporatie: ${YES_NO}.`, en: `For housing: SNF-certified or from a housing corporation: ${YES_NO_EN}.` },
    },
    {
      key: 'description', type: 'text',
      headers: { nl: 'Omschrijving', en: 'Description' },
      aliases: ['Toelichting', 'Notes'],
      description: { nl: 'Vrije toelichting.', en: 'Free text.' },
    },
  ],
} as const satisfies SheetSpec;

export const invoicesSheet = {
  key: 'Invoices',
  names: { nl: 'Facturen', en: 'Invoices' },
  aliases: ['Debiteuren', 'Openstaande posten', 'Debiteurenlijst', 'Receivables'],
  mandatory: false,
  description: {
    nl: 'Verzonden facturen en betalingen, voor de debiteurenlijst met ouderdom en de kredietblootstelling per inlener.',
    en: 'Invoices sent and payments, for the open debtor list with ageing and the credit exposure per hirer.',
  },
  columns: [
    {
      key: 'number', type: 'id', mandatory: true, unique: true,
      headers: { nl: 'Factuurnummer', en: 'Invoice number' },
      aliases: ['Factuur', 'Factuurnr', 'Invoice'],
      description: { nl: 'Factuurnummer; uniek.', en: 'Invoice number; unique.' },
    },
    {
      key: 'hirerId', type: 'id', mandatory: true,
      headers: { nl: 'Inlenernummer', en: 'Hirer ID' },
      aliases: ['Inlener', 'Debiteurnummer', 'Klantnummer', 'Hirer'],
      description: { nl: 'Inlenernummer uit het blad Inleners.', en: 'Hirer ID from the Hirers sheet.' },
    },
    {
      key: 'date', type: 'date', mandatory: true,
      headers: { nl: 'Factuurdatum', en: 'Invoice date' },
      aliases: ['Datum', 'Datum factuur', 'Date'],
      description: { nl: 'Factuurdatum.', en: 'Invoice date.' },
    },
    {
      key: 'dueDate', type: 'date',
      headers: { nl: 'Vervaldatum', en: 'Due date' },
      aliases: ['Uiterste betaaldatum', 'Due'],
      description: { nl: 'Vervaldatum; leeg: factuurdatum plus de betaaltermijn van de inlener.', en: "Due date; blank: invoice date plus the hirer's payment term." },
    },
    {
      key: 'week', type: 'text',
      headers: { nl: 'Week', en: 'Week' },
      aliases: ['Werkweek', 'Periode', 'Work week'],
      description: { nl: 'Werkweek van de factuur, bijvoorbeeld 2026-W09.', en: 'Work week of the invoice, e.g. 2026-W09.' },
    },
    {
      key: 'amountExVat', type: 'amount', mandatory: true,
      headers: { nl: 'Bedrag excl. btw', en: 'Amount excl. VAT' },
      aliases: ['Netto bedrag', 'Bedrag', 'Subtotaal', 'Amount'],
      description: { nl: 'Factuurbedrag exclusief btw.', en: 'Invoice amount excluding VAT.' },
    },
    {
      key: 'vat', type: 'amount',
      headers: { nl: 'Btw', en: 'VAT' },
      aliases: ['Btw-bedrag', 'VAT amount'],
      description: { nl: 'Btw-bedrag (0 bij verlegde btw).', en: 'VAT amount (0 when reverse-charged).' },
    },
    {
      key: 'paid', type: 'amount', default: 0,
      headers: { nl: 'Betaald', en: 'Paid' },
      aliases: ['Ontvangen', 'Betaald bedrag', 'Amount paid'],
      description: { nl: 'Tot nu toe ontvangen, inclusief btw. Standaard 0.', en: 'Received so far, including VAT. Default 0.' },
    },
    {
      key: 'paidAt', type: 'date',
      headers: { nl: 'Betaald op', en: 'Paid on' },
      aliases: ['Betaaldatum', 'Datum ontvangst', 'Payment date'],
      description: { nl: 'Datum van de (laatste) betaling.', en: 'Date of the (last) payment.' },
    },
  ],
} as const satisfies SheetSpec;

/** Every sheet of the agency workbook, in the order of the template. */
export const agencyWorkbookLayout = [
  workersSheet,
  hirersSheet,
  placementsSheet,
  hirerPaySheet,
  hoursSheet,
  advancesSheet,
  deductionsSheet,
  invoicesSheet,
] as const;

export type AgencySheet = (typeof agencyWorkbookLayout)[number];
export type SheetKey = AgencySheet['key'];
export const SHEET_KEYS: readonly SheetKey[] = agencyWorkbookLayout.map((s) => s.key);

export type WorkerRow = RowOf<typeof workersSheet>;
export type HirerRow = RowOf<typeof hirersSheet>;
export type PlacementRow = RowOf<typeof placementsSheet>;
export type HirerPayRow = RowOf<typeof hirerPaySheet>;
export type HourRow = RowOf<typeof hoursSheet>;
export type AdvanceRow = RowOf<typeof advancesSheet>;
export type DeductionRow = RowOf<typeof deductionsSheet>;
export type InvoiceRow = RowOf<typeof invoicesSheet>;

/** The record type of each sheet, by key. */
export interface RowsBySheet {
  Workers: WorkerRow;
  Hirers: HirerRow;
  Placements: PlacementRow;
  HirerPay: HirerPayRow;
  Hours: HourRow;
  Advances: AdvanceRow;
  Deductions: DeductionRow;
  Invoices: InvoiceRow;
}

/** The spec of a sheet by our key. */
export function sheetSpec<K extends SheetKey>(key: K): Extract<AgencySheet, { key: K }> {
  const found = agencyWorkbookLayout.find((s) => s.key === key);
  if (!found) throw new Error(`unknown sheet key ${key}`);
  return found as Extract<AgencySheet, { key: K }>;
}
