/**
 * What the name finder knows about English news prose, kept as commented data: the titles written before a name,
 * the words that end an organisation's name, the words that make a name a place, and the words that join the
 * parts of a name. Tune here, not in names.ts.
 */

/** Titles and roles written before a person's name ("Sen.", "Fire Chief", "City Controller"), lower case. */
export const titleWords: ReadonlySet<string> = new Set(
  [
    'mr mrs ms mx dr prof rev sir dame lord lady gen sen rep gov lt col sgt capt adm maj cpl pvt supt det insp',
    'president vice senator representative congressman congresswoman governor mayor deputy assistant acting interim',
    'chief officer operating executive financial judge justice magistrate councilmember councillor councilwoman',
    'councilman alderman commissioner secretary minister chancellor director superintendent sheriff detective',
    'inspector coach dean father sister brother prime chairman chairwoman chair speaker leader sergeant corporal',
    'captain major general colonel lieutenant admiral professor doctor nurse attorney ambassador auditor controller',
    'treasurer manager spokesman spokeswoman spokesperson principal trustee fire police city county district state',
    'assemblyman assemblywoman assemblymember cllr mp mep msp delegate alderwoman ombudsman council member',
    'circuit assembly majority minority house senate former', // the last ones only before a first name
  ]
    .join(' ')
    .split(' '),
);

/** Last words (or any later word) of an organisation's name: "Board", "Authority", newspapers' "Gazette". */
export const organisationWords: ReadonlySet<string> = new Set(
  [
    'board council department district authority agency alliance trust coalition guild federation union party',
    'committee office university institute association company inc corp corporation group bank foundation',
    'commission court ministry bureau service services society league network centre center hospital school college',
    'academy club fund partners partnership administration government parliament assembly senate house congress',
    'army navy police force cooperative church museum library laboratory labs clinic terminals airways airlines',
    'railways railroad energy motors pharmaceuticals therapeutics industries holdings capital technologies systems',
    'works ventures electric utilities media associates llc ltd plc gmbh engineering aeronautics aviation ferries',
    'restoration records united fc rovers materials securities caucus panel forum chain logistics mining',
    'construction consulting insurance shipping freight transit brewery air rail bus buses transport power resort',
    'hotel unit crews health healthcare paper homes athletic athletics semiconductor semiconductors grid terminal',
    'bakery research elementary volunteers workers management advisors advisers consultants analytics co',
    // Newspapers, agencies and broadcasters: the outlet words of mastheads.
    'wire ledger courant dispatch sentinel gazette times post herald news journal tribune echo press review observer',
    'chronicle telegraph standard register mail star courier record daily weekly radio television broadcasting',
    'examiner inquirer newswire',
    // Mastheads of translated copy ("El Diario de Tesmonte", "L'Écho des Marches", "Corriere della Valle").
    'diario diário heraldo eco écho voix courrier gazzetta zeitung kurier corriere jornal presse stampa tageblatt',
    'nouvelles noticias notícias',
    // Companies' last words.
    'resources robotics appliances winery terminais distribution manufacturing solutions pharma chemicals foods',
    // Newsletters' names ("Statehouse Morning", "Capitol Playbook").
    'morning playbook briefing digest bulletin newsletter',
  ]
    .join(' ')
    .split(' '),
);

/** Words that make a capitalised run a place ("Dock Street", "Port Alcina", "North Atlantic"), lower case. */
export const placeWords: ReadonlySet<string> = new Set(
  'street st avenue ave road rd lane boulevard drive port bay lake river mount mountain valley gap flats heights park square bridge island islands north south east west northern southern eastern western san santa saint sea ocean coast county city town village ridge hill hills creek falls springs beach harbor harbour range terrace glacier rio río canyon plateau peninsula desert delta basin strait gulf cape reservoir estuary'.split(
    ' ',
  ),
);

/** Lower-case words that may join the capitalised words of one name ("Board of Education", "de la Vega"). */
export const joiningWords: ReadonlySet<string> = new Set(
  'of the for and on & de la del por du des di da von van der delle della dello dei degli do dos das'.split(' '),
);

/** First words of organisations named "X of Y" ("University of Harcourt", "Office of the State Auditor"). */
export const organisationHeads: ReadonlySet<string> = new Set(
  'university office ministry department council board bureau friends institute college school academy association federation union league bank church court commission committee chamber diario diário eco écho voix courrier corriere gazzetta jornal'.split(
    ' ',
  ),
);

/** Capitalised words that are never a name or part of one on their own. */
export const notNames: ReadonlySet<string> = new Set(
  'i q a the this that these those he she it they we you his her its their our my your but and or so if by with from to for in on at as an today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(
    ' ',
  ),
);

/** Roles written beside a person's name ("its chief operating officer, Ravi Castellanos", "X, the union's director"). */
export const personRoles: ReadonlySet<string> = new Set(
  [
    'officer executive director president chairman chairwoman chair spokesman spokeswoman spokesperson minister',
    'secretary leader founder co-founder professor teacher novelist author writer poet artist councillor official',
    'manager coach player captain mayor governor senator lawyer attorney judge economist analyst scientist doctor',
    'nurse engineer editor reporter correspondent principal superintendent commissioner chief head organizer',
    'organiser activist farmer owner partner adviser advisor aide deputy predecessor successor colleague supervisor',
    'cellist violinist conductor musician singer actor actress hydrologist historian researcher geologist',
    'meteorologist climatologist epidemiologist physicist chemist biologist',
    'prosecutor pensioner mayoress retiree resident veteran student pastor midwife firefighter paramedic constable',
    'ranger warden clerk curator librarian planner investigator',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns for what a body is ("X, a Pittsburgh company", "the regional newspaper"). */
export const organisationKinds: ReadonlySet<string> = new Set(
  [
    'company firm group agency union newspaper paper broadcaster station network charity foundation trust',
    'association coalition alliance party council committee orchestra band club team league bank startup start-up',
    'manufacturer operator utility authority ministry department office hospital university school college',
    'cooperative co-op list movement organisation organization outlet magazine publisher developer contractor',
  ]
    .join(' ')
    .split(' '),
);

/** Last words of names of things, not of people or bodies ("Halbrook Prize", "Presidents Day", "Clean Air Act"). */
export const thingWords: ReadonlySet<string> = new Set(
  'prize award awards medal cup trophy day week festival act bill plan programme program project republic'.split(' '),
);
