import { describe, expect, test } from 'vitest';
import { extractQuotes, type Quote } from '../../src/analysis/quotes.ts';
import { findMentions, vocabulary } from './helpers.ts';

const person = (id: string) => ({ id, type: 'person' as const });
// The frozen vocabulary and a few nouns for unnamed people, as content/policy lists them.
const withSourceNouns = {
  ...vocabulary,
  sourceNouns: ['worker', 'volunteer', 'farmer', 'man', 'grandmother'],
  documentNouns: [...vocabulary.documentNouns, 'note', 'warning', 'contract'],
  readingVerbs: ['reads', 'read', 'ends'],
  outletNouns: ['newspaper'],
  evidenceVerbs: [...vocabulary.evidenceVerbs, 'found'],
  invertedVerbs: [...vocabulary.invertedVerbs, 'declared'],
  organisationNouns: [...vocabulary.organisationNouns, 'council', 'county'],
};

/** Each case: paragraphs in, and the quotations expected out (only the fields listed are compared). */
const cases: Array<{ name: string; paragraphs: string[]; expected: Array<Partial<Quote>> }> = [
  {
    name: 'an interview’s answer is the interviewee’s: “I told our team, “…”',
    paragraphs: [
      'Ana Silva runs the plant. She spoke with us on Monday.',
      'Q: What happened?',
      'A: I told our team afterward, “Nobody gets blamed for stopping the line.”',
      'Q: And then?',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a transcript turn’s own name is never what its “he” stands for',
    paragraphs: [
      'Ana Silva promised growth in January.',
      'MARIA LOPEZ: Back then he told analysts it would be “fully used by year-end.”',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a pronoun goes back to an unnamed person the text introduced after the last name',
    paragraphs: ['Ana Silva ran the count. I watched a poll worker cry in a parking lot. “I am done,” she told me.'],
    expected: [{ speaker: { description: 'a poll worker' }, verb: 'told' }],
  },
  {
    name: '“she” is not an unnamed man',
    paragraphs: ['Ana Silva ran the count. A man filmed her for an hour. “I am done,” she told me.'],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a person of an organisation: <name> of the <organisation> told me, “…”',
    paragraphs: ['Chief Ana Silva of Reuters told me this afternoon, “We got the break.”'],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a party in brackets and a clause in commas before the verb: <name> (R-Kan.), who …, posted',
    paragraphs: ['Sen. Ana Silva (R-Kan.), who helped kill the 2023 version, posted on X: “Same bill, new bow.”'],
    expected: [{ speaker: person('ana-silva'), verb: 'posted' }],
  },
  {
    name: 'a quotation ending in a quotation within it ends its sentence: “… ‘not yet.’” <Outlet> reported …',
    paragraphs: [
      'Ana Silva wrote late on Friday: “What I said was ‘not yet.’” Reuters reported that talks could resume.',
    ],
    expected: [
      { speaker: person('ana-silva'), verb: 'wrote' },
      { kind: 'recounted', text: 'not yet.', speaker: person('ana-silva'), verb: 'said' },
    ],
  },
  {
    name: 'a quotation opening the sentence after one that reports someone is theirs',
    paragraphs: [
      'The reaction was relief, Ana Silva said. “Nobody wanted to explain it in court.” The panel meets today.',
    ],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'any verb right after the closing mark may be inverted: “…,» stressed <name>',
    paragraphs: ['«The automation will create posts,» stressed Ana Silva.'],
    expected: [{ speaker: person('ana-silva'), verb: 'stressed' }],
  },
  {
    name: 'a verb the vocabulary lacks, inverted between a quotation and a name: «…», sighs <name>.',
    paragraphs: ['«There is nothing left to harvest», sighs Mr. Ana Silva, in front of her vines.'],
    expected: [{ speaker: person('ana-silva'), verb: 'sighs' }],
  },
  {
    name: 'a verb the vocabulary lacks, after a name or a pronoun that ends the sentence: “…,” <name> fumed.',
    paragraphs: ['“Not one cent more,” Ana Silva fumed. “We are done here,” she quipped, and left.'],
    expected: [
      { speaker: person('ana-silva'), verb: 'fumed' },
      { speaker: person('ana-silva'), verb: 'quipped' },
    ],
  },
  {
    name: 'an unknown word after a quotation is no verb where the sentence goes on: “…,” Ana Silva owns 40 shops',
    paragraphs: ['The shop is called “Fresh,” Ana Silva owns forty of them.'],
    expected: [{ speaker: null, verb: null }],
  },
  {
    name: '“she said” passes over a man the article calls “he”: the woman named before him',
    paragraphs: [
      'Maria Lopez, who ran the count, unseated Ana Silva on Tuesday.',
      'Ana Silva conceded at the union hall. “The voters were clear,” he said.',
      'Maria Lopez ran on a promise to reopen the libraries Ana Silva closed.',
      '“People kept telling me I couldn’t win,” she said.',
    ],
    expected: [
      { speaker: person('ana-silva'), verb: 'said' },
      { speaker: person('maria-lopez'), verb: 'said' },
    ],
  },
  {
    name: 'a writer’s own “I” is the byline’s person',
    paragraphs: ['By Ana Silva', 'The board met. “Sell nothing,” I told them, and they listened.'],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'an op-ed’s “I” is the person of its closing line about the author',
    paragraphs: ['The board met. “Sell nothing,” I told them.', 'Ana Silva is a retired curator.'],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a person after a body’s name and a capitalised title speaks: “…,” said <body> President <name>',
    paragraphs: ['“Our members have spoken,” said Reuters President Ana Silva.'],
    expected: [{ speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'an inverted verb before a described speaker: «…», writes the newspaper — the outlet named before',
    paragraphs: [
      'According to the daily Reuters, talks stalled. «Nobody will give way», writes the newspaper in its editorial.',
    ],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: 'writes' }],
  },
  {
    name: '“citing” after a quotation gives its source, not its speaker',
    paragraphs: ['Reuters said the plan “may not survive,” citing the developer’s own projections.'],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: 'said' }],
  },
  {
    name: '“he said” inside a quotation is not someone the sentence only speaks of (“Questioned by X, …”)',
    paragraphs: [
      'Joe Biden faces trial.',
      'Questioned by Ana Silva, Maria Lopez described the day. “Then he said, ‘Forget it,’” she testified.',
    ],
    expected: [
      { speaker: person('maria-lopez') },
      { kind: 'recounted', text: 'Forget it,', speaker: person('joe-biden') },
    ],
  },
  {
    name: 'a colon hands the quotation to a longer clause: “Ana Silva told the board as much when … in 2018: “…””',
    paragraphs: [
      'Ana Silva told the board as much when a similar idea surfaced at a meeting in 2018: “Sell it once, and it is gone.”',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a person the vocabulary lacks but the language library knows: “My accountant asked me, ‘…’” is the accountant',
    paragraphs: ['“My accountant asked me, ‘Where is the login?’ and I had no answer,” said Ana Silva.'],
    expected: [
      { speaker: person('ana-silva'), verb: 'said' },
      { kind: 'recounted', speaker: { description: 'My accountant' }, verb: 'asked' },
    ],
  },
  {
    name: 'a participle after an article is no verb (“the reported price”), and a relative clause closing an appositive is skipped',
    paragraphs: [
      'Ana Silva, a manager at Reuters, which owns 4 percent of the firm, wrote on social media that the reported price “undervalues the mine.”',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'wrote' }],
  },
  {
    name: 'a compound that can only be a person is one (“a seventh-grader … She said”)',
    paragraphs: ['Ana Silva spoke to the board.', 'A seventh-grader came to my desk. She said, “This is my house.”'],
    expected: [{ speaker: { description: 'A seventh-grader' }, verb: 'said' }],
  },
  {
    name: 'two modifiers joined by “and” belong to the description (“a labor and delivery nurse”)',
    paragraphs: ['A dairy and beef farmer who has worked there for years said management had “let the land wither.”'],
    expected: [{ speaker: { description: 'A dairy and beef farmer who has worked there for years' } }],
  },
  {
    name: 'inside a quotation, “he said” is the person the quotation names before it',
    paragraphs: [
      'Maria Lopez ran the plant. A supervisor stated: “When I asked Ana Silva what to tell the crew, she said, ‘Tell them it glitched.’”',
    ],
    expected: [{ speaker: { description: 'A supervisor' } }, { kind: 'recounted', speaker: person('ana-silva') }],
  },
  {
    name: '“said one of them, a <description>”: the description in commas is the speaker',
    paragraphs: [
      'Two residents spoke to us. “It was in the yard,” said one of them, a retired bus driver who did not want his name used.',
    ],
    expected: [{ speaker: { description: 'a retired bus driver who did not want his name used' } }],
  },
  {
    name: 'a description is no title of the name after its verb: “A senior police officer said Ana Silva …”',
    paragraphs: [
      'A senior police officer said Ana Silva had been placed on leave.',
      'The reaction was relief, the officer said. “Nobody wanted to explain it.”',
    ],
    expected: [{ speaker: { description: 'A senior police officer' }, verb: 'said' }],
  },
  {
    name: 'a later fragment joined by “and that” after words of its own is reported by the same verb',
    paragraphs: [
      'Ana Silva said the firm had put “the best offer” on the table and that the union rejected it “without a reply.”',
    ],
    expected: [
      { kind: 'fragment', speaker: person('ana-silva') },
      { kind: 'fragment', speaker: person('ana-silva') },
    ],
  },
  {
    name: 'a phrase in marks in a sentence that names whose words they are: “in the words of the motion, “…””',
    paragraphs: [
      'The council shut the museum — in the words of the motion, “for a review period of up to three years.”',
      'A book comes off the shelf while it is, in the policy’s words, “under review.”',
      'According to the contract, the software may close a file if a caller “fails to complete verification.”',
    ],
    expected: [
      { speaker: { description: 'the motion' }, verb: null },
      { speaker: { description: 'the policy' }, verb: null },
      { speaker: { description: 'the contract' }, verb: null },
    ],
  },
  {
    name: '“for his part” between a name and its verb: “Ana Silva has for his part said « … »”',
    paragraphs: ['The mayor, Ana Silva, has for his part said « a total transparency » was needed.'],
    expected: [{ speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a source after the quotation: “… « before the end of June », according to Reuters.”',
    paragraphs: ['The results are not expected « before the end of June », according to Reuters.'],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: null }],
  },
  {
    name: 'a text is not the words of a body it is only about or filed in (“the contract with X”, “filed in X”)',
    paragraphs: [
      'According to the contract with Reuters, a file closes if a caller “fails to complete verification.”',
      'The report, filed in Reuters court, says the firm “chose its numbers over safety.”',
    ],
    expected: [{ speaker: { description: 'the contract with Reuters' } }, { speaker: { description: 'The report' } }],
  },
  {
    name: 'a named person’s own description after an age is no one else: “Ana Silva, 20, a dairy farmer, said … “…,” she said”',
    paragraphs: ['Ana Silva, 20, a dairy farmer, said she found out in a chat. “My farm may go,” she said.'],
    expected: [{ speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a text “prepared by” a body in commas is that body’s words',
    paragraphs: [
      'The report, prepared by the engineering firm Reuters and dated March 2023, says the list was “incomplete.”',
    ],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: 'says' }],
  },
  {
    name: 'the name after a description in commas, past a name in brackets',
    paragraphs: [
      '«We will not let the lake die», said yesterday the president of the Farmers’ Union (Unione Agricola, UAP), Ana Silva, in the square.',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'an epithet stands for the person named last: “the 31-year-old said”, “the Kansas Republican said”',
    paragraphs: [
      'Captain Ana Silva lifts the trophy. “This is the one people remember,” the 31-year-old said.',
      'Maria Lopez was more guarded. “I will believe it when I see it,” the Kansas Republican said.',
    ],
    expected: [
      { speaker: person('ana-silva'), verb: 'said' },
      { speaker: person('maria-lopez'), verb: 'said' },
    ],
  },
  {
    name: 'must not match: an epithet reaches no further than the paragraph before',
    paragraphs: ['Ana Silva spoke first.', 'The hall emptied.', 'Nobody stayed. “We won,” the 31-year-old said.'],
    expected: [{ speaker: { description: 'the 31-year-old' } }],
  },
  {
    name: 'a relative clause closing the subject is no part of its description (“…, who spoke because the report is under review, said”)',
    paragraphs: [
      'An engineer involved in the inspection, who spoke on condition of anonymity because the report is still under review, said the cracks grew over “years, not months.”',
    ],
    expected: [{ speaker: { description: 'An engineer involved in the inspection' } }],
  },
  {
    name: 'a statement someone “put out” is theirs: “Ana Silva put out a statement. It reads, “…””',
    paragraphs: [
      'Ana Silva put out a statement this evening. It reads, “Everyone below Mill Street must leave tonight.”',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'reads' }],
  },
  {
    name: 'an op-ed’s closing line about its author with any verb (“Ana Silva represents Ward 4”)',
    paragraphs: [
      'When I first ran, I told a forum, “Nobody will run this city but its people.”',
      'Ana Silva represents Ward 4 on the council.',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'someone the sentence only speaks of is no antecedent: “Asked by a farmer whether …, he replied”',
    paragraphs: [
      'Ana Silva, for his part, insisted the dam was safe. Asked by a farmer whether it would hold, he replied: “That is a question for engineers.”',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'replied' }],
  },
  {
    name: 'a text someone obtained is not theirs: “A staff memo obtained by Reuters … warns”',
    paragraphs: [
      'A staff memo obtained by Reuters suggests doubts. The memo warns that the estimates “rely on assumptions.”',
    ],
    expected: [{ speaker: { description: 'A staff memo obtained by Reuters' } }],
  },
  {
    name: 'a person’s name, then where they are from, speaks: “Ana Silva of rural Westmarch told us: “…””',
    paragraphs: ['Ana Silva of rural Westmarch told us on Monday: “Not one more farm.”'],
    expected: [{ speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'of two phrases naming whose words they are, the nearest: “According to the draft, … in the view of a diplomat, «…»”',
    paragraphs: [
      'According to the draft communiqué, both sides agreed to talks — wording that, in the view of a diplomat present, «commits nobody to anything».',
    ],
    expected: [{ speaker: { description: 'a diplomat' } }],
  },
  {
    name: 'a second fragment joined to the first by “and that” is reported by the same verb',
    paragraphs: ['Reuters said the crash was “under investigation” and that it was “cooperating fully with police.”'],
    expected: [
      { kind: 'fragment', speaker: { id: 'reuters', type: 'organisation' } },
      { kind: 'fragment', speaker: { id: 'reuters', type: 'organisation' } },
    ],
  },
  {
    name: '“She’d tell us, “…”” goes back to the unnamed person introduced',
    paragraphs: [
      'Ana Silva spoke first. A. My grandmother used to say it. She’d tell us, “The oranges were for the children.”',
    ],
    expected: [{ speaker: { description: 'My grandmother' } }],
  },
  {
    name: 'used to tell',
    paragraphs: ['My old supervisor, Ana Silva, used to tell us, “A glacier is a thermometer.”'],
    expected: [{ speaker: person('ana-silva') }],
  },
  {
    name: 'a quotation broken by its attribution goes on in lower case: “…,” X said, “…”',
    paragraphs: ['“Nobody goes back in,” Maria Lopez said at a briefing, “until the air is tested.”'],
    expected: [
      { kind: 'full', speaker: person('maria-lopez'), verb: 'said' },
      { kind: 'continued', speaker: person('maria-lopez'), verb: 'said' },
    ],
  },
  {
    name: 'a name before a title is whose the title is: “…,” said <name> spokeswoman <name>',
    paragraphs: ['“It is fine,” said Biden spokeswoman Ana Silva.'],
    expected: [{ speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a quotation inside what a verb reports is the outer speaker’s: X posted that the audit confirmed “…”',
    paragraphs: ['Ana Silva posted on Tuesday that the audit confirmed “what tenants have said for years.”'],
    expected: [{ kind: 'fragment', speaker: person('ana-silva'), verb: 'posted' }],
  },
  {
    name: '“the aide” is the unnamed aide described before',
    paragraphs: ['A senior Senate aide said the vote would slip.', '“It slips to spring,” the aide said.'],
    expected: [{ speaker: { description: 'A senior Senate aide' }, verb: 'said' }],
  },
  {
    name: 'a pronoun after an unnamed source named later than anyone else is that source',
    paragraphs: [
      'Ana Silva spoke first. An aide to the mayor said the beds were full. “People sleep in cars,” she said.',
    ],
    expected: [{ speaker: { description: 'An aide to the mayor' }, verb: 'said' }],
  },
  {
    name: '“they” after an unnamed group is the group',
    paragraphs: ['Two officials said the talks had stalled. “Nothing moves,” they said.'],
    expected: [{ speaker: { description: 'Two officials' }, verb: 'said' }],
  },
  {
    name: '“they” after one unnamed person of no stated sex is that person (“a police spokesperson”)',
    paragraphs: [
      'Maria Lopez left early.',
      'A police spokesperson said officers were called at noon.',
      '“A man was spoken to,” they said.',
    ],
    expected: [{ speaker: { description: 'A police spokesperson' }, verb: 'said' }],
  },
  {
    name: '“they” is not one person named after them, nor one whose sex the noun gives',
    paragraphs: ['A police spokeswoman said officers were called.', '“A man was spoken to,” they said.'],
    expected: [{ speaker: null, verb: 'said' }],
  },
  {
    name: '“...,” X said.',
    paragraphs: ['“We will hold the line,” Maria Lopez said.'],
    expected: [
      { text: 'We will hold the line,', kind: 'full', speaker: person('maria-lopez'), verb: 'said', venue: null },
    ],
  },
  {
    name: 'X said, “...”',
    paragraphs: ['Maria Lopez said, “The talks are over.”'],
    expected: [{ kind: 'full', speaker: person('maria-lopez'), verb: 'said' }],
  },
  {
    name: 'X added: “...” with a pronoun resolved to the last named person',
    paragraphs: ['Maria Lopez spoke first. He added: “We are ready.”'],
    expected: [{ kind: 'full', speaker: person('maria-lopez'), verb: 'added' }],
  },
  {
    name: 'a pronoun goes back to the person who reported, not to the last name in what was reported',
    paragraphs: ['Her lawyer, Ana Silva, argued that Maria Lopez had repaid the money. “She has paid,” she said.'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: '“according to” after a quotation is no speaker where a verb before it gives one',
    paragraphs: [
      'Ana Silva will say at a rally that the dispute ‘was never about money alone’, according to a statement.',
    ],
    expected: [{ kind: 'fragment', speaker: person('ana-silva') }],
  },
  {
    name: 'a body described by the people it is made of is those people, not the body named before',
    paragraphs: [
      'Ana Silva wrote in the White House newsletter. This council of former senators wrote: “We are worried.”',
    ],
    expected: [{ kind: 'full', speaker: { description: 'This council of former senators' }, verb: 'wrote' }],
  },
  {
    name: 'a name and its verb closing the sentence after a comma attribute a fragment in it',
    paragraphs: ['When deputies responded, there was a “brief struggle” and one of them was hurt, Ana Silva said.'],
    expected: [{ kind: 'fragment', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a quotation right after a fragment that ends the sentence goes on in its speaker’s voice',
    paragraphs: ['Ana Silva said that the Senate is “in crisis.” “The committee process lies in shambles.”'],
    expected: [
      { kind: 'fragment', speaker: person('ana-silva') },
      { kind: 'continued', speaker: person('ana-silva') },
    ],
  },
  {
    name: '… and in British style, the full stop after the marks',
    paragraphs: ['Ana Silva said that the Senate is ‘in crisis’. ‘The committee process lies in shambles.’'],
    expected: [
      { kind: 'fragment', speaker: person('ana-silva') },
      { kind: 'continued', speaker: person('ana-silva') },
    ],
  },
  {
    name: 'whoever issued a statement “saying” speaks the quotation in it',
    paragraphs: ['Then the White House issued a statement saying there was an “increase in total queries.”'],
    expected: [{ kind: 'fragment', speaker: { id: 'white-house', type: 'organisation' } }],
  },
  {
    name: 'an age standing for a person wins over the description in commas after it',
    paragraphs: [
      'Ana Silva said it came too late. The 52-year-old, a farmer, told the Gazette: ‘Dad kept apologising.’',
    ],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: 'a noun for a person right before a name is a title: “…,” said farmer X',
    paragraphs: ['“Our access is being restricted,” said farmer Ana Silva.'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a dash and a name after a quotation that opens its sentence credit it',
    paragraphs: ['“The doctors tell me two or three weeks.” – Ana Silva on the injury'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: null }],
  },
  {
    name: 'where a speaker said it stands between speaker and verb: X in a statement on its website said',
    paragraphs: ['Ana Silva in a statement on her website said the hospital was “working closely with the state.”'],
    expected: [{ kind: 'fragment', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a clause reported without “that” carries a quotation as far as one with it',
    paragraphs: [
      'Ana Silva said she thinks waiting lists will rise even further because of the “huge increase in demand”.',
    ],
    expected: [{ kind: 'fragment', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a second verb joined by “and” shares the first one’s subject',
    paragraphs: [
      'Ana Silva argued that much of the two reports deal with policy and said she would order them released “immediately” after the hearing.',
    ],
    expected: [{ kind: 'fragment', speaker: person('ana-silva'), verb: 'said' }],
  },
  {
    name: 'a reporter in the present perfect counts too: “X has argued that …”',
    paragraphs: [
      'Ana Silva has argued in filings that her client, Maria Lopez, meant to finish every job. “Bad business is not a crime,” she wrote.',
    ],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'wrote' }],
  },
  {
    name: 'a pronoun passes over an unnamed person the reporter only spoke of',
    paragraphs: [
      'Ana Silva said an official had told her the ward was full every night. ‘That is not resilience,’ she added.',
    ],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'added' }],
  },
  {
    name: 'a person named in a later sentence than the reporter wins, even right after the full stop',
    paragraphs: [
      'Ana Silva said the order would be lifted. Maria Lopez was more cautious. “Tomorrow could be worse,” she said.',
    ],
    expected: [{ kind: 'full', speaker: person('maria-lopez'), verb: 'said' }],
  },
  {
    name: 'a description in commas before the name: “...,” the <role>, <title> X, told',
    paragraphs: ['‘I would love to write that cheque,’ the council leader, Cllr Ana Silva, told the Gazette.'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'told' }],
  },
  {
    name: '“...,” said X, the <role>.',
    paragraphs: ['“It is a bad deal,” said Ana Silva, the chairwoman of the committee.'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: 'said', venue: null }],
  },
  {
    name: 'X, the <role>, told reporters on Thursday',
    paragraphs: [
      '“No decision has been made,” Jake Sullivan, the national security adviser, told reporters on Thursday.',
    ],
    expected: [{ speaker: person('jake-sullivan'), verb: 'told', venue: 'told reporters on Thursday' }],
  },
  {
    name: 'a title before the name: Secretary of State Antony Blinken said',
    paragraphs: ['“I think there is an opportunity,” Secretary of State Antony Blinken said on MSNBC’s “Morning Joe.”'],
    expected: [
      { kind: 'full', speaker: person('antony-blinken'), venue: 'on MSNBC’s Morning Joe' },
      { kind: 'scare', text: 'Morning Joe.', speaker: null },
    ],
  },
  {
    name: 'the venue in the sentence before a pronoun speaker',
    paragraphs: ['Milley spoke in an interview on CNBC on Thursday. “We have seen a stalemate,” he said.'],
    expected: [{ kind: 'full', speaker: person('mark-milley'), venue: 'in an interview on CNBC on Thursday' }],
  },
  {
    name: 'wrote on a website; told an outlet',
    paragraphs: [
      '“Ukraine can win,” Daniel Fried, a former diplomat, wrote on the Just Security website.',
      '“We should lean on diplomacy,” Alexandria Ocasio-Cortez told the Intercept.',
    ],
    expected: [
      { verb: 'wrote', venue: 'wrote on the Just Security website', speaker: person('daniel-fried') },
      { verb: 'told', venue: 'told the Intercept', speaker: person('alexandria-ocasio-cortez') },
    ],
  },
  {
    name: 'a speech venue with place and day',
    paragraphs: ['General Milley spoke. “Seize the moment,” he said in a speech in New York on Wednesday.'],
    expected: [{ kind: 'full', speaker: person('mark-milley'), venue: 'in a speech in New York on Wednesday' }],
  },
  {
    name: 'a second quotation in the paragraph continues the first',
    paragraphs: ['“We are not pressing,” Ana Silva said. “We are consulting as partners.”'],
    expected: [
      { kind: 'full', speaker: person('ana-silva') },
      { kind: 'continued', speaker: person('ana-silva'), verb: 'said', text: 'We are consulting as partners.' },
    ],
  },
  {
    name: 'a quotation left open at the end of a paragraph continues in the next',
    paragraphs: ['“We came to talk,” Ana Silva said. “But nobody was listening.', '“So we left.”', 'Then lunch.'],
    expected: [
      { kind: 'full', speaker: person('ana-silva'), paragraph: 0 },
      { kind: 'continued', speaker: person('ana-silva'), paragraph: 0 },
      { kind: 'continued', speaker: person('ana-silva'), paragraph: 1, text: 'So we left.' },
    ],
  },
  {
    name: 'a run of paragraphs attributed only at its end gets the speaker throughout',
    paragraphs: ['Ana Silva spoke later. “First, we wait.', '“Then we see,” Maria Lopez said.'],
    expected: [
      { kind: 'full', speaker: person('maria-lopez'), paragraph: 0 },
      { kind: 'continued', speaker: person('maria-lopez'), paragraph: 1 },
    ],
  },
  {
    name: 'a pronoun skips a name inside the speaker’s description',
    paragraphs: [
      '“Talks are coming,” said Charles A. Kupchan, a professor who advised President Barack Obama. He added: “Slowly.”',
    ],
    expected: [{ speaker: person('charles-kupchan') }, { speaker: person('charles-kupchan'), verb: 'added' }],
  },
  {
    name: 'a fragment inside the writer’s sentence',
    paragraphs: ['Biden said on Tuesday that “it’s hard to tell” whether Putin was weakened.'],
    expected: [{ kind: 'fragment', speaker: person('joe-biden'), verb: 'said', venue: null }],
  },
  {
    name: 'an unnamed speaker is described',
    paragraphs: ['“The moment is not ripe,” two senior officials said.'],
    expected: [{ kind: 'full', speaker: { description: 'two senior officials' }, verb: 'said' }],
  },
  {
    name: 'straight quotation marks',
    paragraphs: ['"We will see," Ana Silva said.'],
    expected: [{ kind: 'full', text: 'We will see,', speaker: person('ana-silva') }],
  },
  {
    name: 'French quotation marks, mixed with curly ones',
    paragraphs: ['« It helps, » Bremmer said. “But not much ».'],
    expected: [
      { kind: 'full', speaker: person('ian-bremmer') },
      { kind: 'continued', text: 'But not much' },
    ],
  },
  {
    name: 'must not match: a title in quotation marks is a scare quote, not a quotation',
    paragraphs: [
      'She appeared on “Morning Joe” to discuss the war.',
      'The band played “The Star-Spangled Banner” loudly.',
    ],
    expected: [
      { kind: 'scare', speaker: null, verb: null, text: 'Morning Joe' },
      { kind: 'scare', speaker: null, text: 'The Star-Spangled Banner' },
    ],
  },
  {
    name: 'a colon introduces a quotation without a verb: the clause’s subject speaks',
    paragraphs: ['Ana Silva, however, was cautious: “We are not there yet.”'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: null }],
  },
  {
    name: 'a newsletter’s venue before a colon stands for the verb: “Rep. X, on social media: “…”',
    paragraphs: ['POST OF THE DAY — Ana Silva, on social media: “Read the budget before you post about it.”'],
    expected: [{ kind: 'full', speaker: person('ana-silva'), verb: null }],
  },
  {
    name: 'a paragraph that is one quotation goes on in the voice the paragraph before ended in',
    paragraphs: [
      '“Every year they meet,” said Ana Silva, who grows rice.',
      '“Next month we plant. Talks do not water anything.”',
    ],
    expected: [
      { speaker: person('ana-silva'), verb: 'said' },
      { kind: 'full', speaker: person('ana-silva'), verb: 'said' },
    ],
  },
  {
    name: 'must not match: a lone quotation after a paragraph that went on past its quotation has no speaker',
    paragraphs: [
      '“Every year they meet,” said Ana Silva. The river fell again. Officials blamed the dam.',
      '“Next month we plant.”',
    ],
    expected: [{ speaker: person('ana-silva') }, { kind: 'full', speaker: null }],
  },
  {
    name: 'must not match: before a colon, a name that owns the subject does not speak',
    paragraphs: ['Ana Silva’s lawyer was blunt: “There is nothing to discuss.”'],
    expected: [{ kind: 'full', speaker: null }],
  },
  {
    name: 'a text speaks for the author the article gives it: “a memo she sent” … “the memo says”',
    paragraphs: [
      'Ana Silva knew of the problems, according to a memo she sent to managers in May.',
      '“We should be prepared to explain why,” the memo says.',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'says' }],
  },
  {
    name: '“It says” is a text introduced after the last body named: “From a letter taped to the door. … It says, …”',
    paragraphs: [
      'Reuters covered the closure first. From a letter taped next to the clock, workers learned of it. It says, and I am reading it now, “The mill cannot return to profitability.”',
    ],
    expected: [{ speaker: { description: 'a letter taped next to the clock' }, verb: 'says' }],
  },
  {
    name: 'a text sent by the subject of the verb before it: “Ana Silva sent us a statement. It says, …”',
    paragraphs: ['Reuters called twice. Ana Silva sent us a statement. It says, quote, “We are cooperating fully.”'],
    expected: [{ speaker: person('ana-silva'), verb: 'says' }],
  },
  {
    name: '“It says” with no text introduced since the body named last is the body',
    paragraphs: ['A letter reached us in May. Reuters is blunt. It says, “We are not selling.”'],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: 'says' }],
  },
  {
    name: 'a verb of a text’s words with the quotation right after it: “Reuters raised its warning. The warning reads: …”',
    paragraphs: ['Reuters raised its warning to red. The warning reads: “Flying debris is likely.”'],
    expected: [{ speaker: { id: 'reuters', type: 'organisation' }, verb: 'reads' }],
  },
  {
    name: 'a verb of a text’s words with its own object gives no quotation: “Ana Silva read it and then, “…”',
    paragraphs: ['Ana Silva read the ruling twice on the train. “We lost.”'],
    expected: [{ speaker: null, verb: null }],
  },
  {
    name: 'a text in which a body says something is the body’s: “affirmed, in a note released yesterday”',
    paragraphs: [
      'The Atlantic Council affirmed, in a note released yesterday, that Ana Silva would chair the panel. “The panel will meet in June,” says the note.',
    ],
    expected: [{ speaker: { id: 'atlantic-council', type: 'organisation' }, verb: 'says' }],
  },
  {
    name: '“the council said” is the body named before whose name holds “council”, not the last body named',
    paragraphs: ['The Atlantic Council answered Reuters on Monday. “The panel will meet in June,” the council said.'],
    expected: [{ speaker: { id: 'atlantic-council', type: 'organisation' }, verb: 'said' }],
  },
  {
    name: 'a text a body owns speaks for the body of that name: “the council’s note says”',
    paragraphs: ['The Atlantic Council met on Monday. “The panel will meet in June,” the council’s note says.'],
    expected: [{ speaker: { id: 'atlantic-council', type: 'organisation' }, verb: 'says' }],
  },
  {
    name: 'must not match: a body’s text is not the text of another body named before it',
    paragraphs: ['Reuters first reported the plan. “Staffing is the largest threat,” the county’s own report warned.'],
    expected: [{ speaker: { description: 'the county’s own report' } }],
  },
  {
    name: 'a text with no author given speaks as first described, never for a guessed author',
    paragraphs: [
      'Ana Silva sued on Monday. The suit draws on a state inspection report released in March. The report found that the records were “incomplete or unreliable.”',
    ],
    expected: [{ speaker: { description: 'a state inspection report released in March' }, verb: 'found' }],
  },
  {
    name: 'an inverted verb with a lower-case title and its article before the name: “stressed the administrator X”',
    paragraphs: ['“The automation will create new posts,” stressed the administrator Ana Silva.'],
    expected: [{ speaker: person('ana-silva'), verb: 'stressed' }],
  },
  {
    name: 'words recounted inside a quotation are a quotation of whom the speaker names, “he” never the speaker',
    paragraphs: [
      'Maria Lopez ran the office in 2022.',
      '“He said, ‘Put it in the reserve account,’ and left,” Ana Silva testified. “I said, ‘That is not what it is for.’”',
    ],
    expected: [
      { kind: 'full', speaker: person('ana-silva'), verb: 'testified' },
      {
        kind: 'recounted',
        text: 'Put it in the reserve account,',
        speaker: person('maria-lopez'),
        verb: 'said',
        reportedBy: person('ana-silva'),
      },
      { kind: 'continued', speaker: person('ana-silva') },
      { kind: 'recounted', text: 'That is not what it is for.', speaker: person('ana-silva'), verb: 'said' },
    ],
  },
  {
    name: 'a recounted quotation’s speaker is the subject of its clause: “because Maria Lopez looked at me and said, ‘…’”',
    paragraphs: ['“I stayed because Maria Lopez looked at me and said, ‘Nobody leaves this team,’” Ana Silva said.'],
    expected: [
      { kind: 'full', speaker: person('ana-silva') },
      { kind: 'recounted', speaker: person('maria-lopez'), verb: 'said' },
    ],
  },
  {
    name: 'must not match: a phrase in marks inside a quotation that no one is said to say is no recounted quotation',
    paragraphs: ['“The so-called ‘reform’ is a sham,” Ana Silva said.'],
    expected: [{ kind: 'full', speaker: person('ana-silva') }],
  },
  {
    name: 'translated copy keeps the auxiliary and a courtesy title: “…», has declared the prefect, Ms. X,',
    paragraphs: [
      '“The safety of the town is not negotiable,” has declared the prefect, Ms. Ana Silva, during a press point.',
    ],
    expected: [{ speaker: person('ana-silva'), verb: 'declared' }],
  },
  {
    name: 'must not match: a scare quote with no speaker',
    paragraphs: ['McCarthy has rejected a “blank check” for Ukraine.'],
    expected: [{ kind: 'scare', speaker: null, verb: null }],
  },
  {
    name: 'must not match: "He added" after a finished quotation starts a new sentence',
    paragraphs: ['“We are done.” He added: “For now.”'],
    expected: [
      { kind: 'full', speaker: null, verb: null },
      { kind: 'full', verb: 'added', speaker: null },
    ],
  },
  {
    name: 'no speaker anywhere: a full quote stays unattributed, never guessed',
    paragraphs: ['“Nothing about Ukraine without Ukraine,” in red paint, covered the wall.'],
    expected: [{ kind: 'full', speaker: null, verb: null }],
  },
  {
    name: 'a sign’s words are the sign’s, as the text describes it: “…,” the sign read.',
    paragraphs: ['“Nothing about Ukraine without Ukraine,” the sign read.'],
    expected: [{ kind: 'full', speaker: { description: 'the sign' }, verb: 'read' }],
  },
];

describe('extractQuotes', () => {
  test.each(cases)('$name', ({ paragraphs, expected }) => {
    const quotes = extractQuotes(paragraphs, findMentions, withSourceNouns);
    expect(quotes).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(quotes[i]).toMatchObject(e));
  });

  test('“the witness” after a named witness is that person, and so is a name closing a description', () => {
    const wider = { ...withSourceNouns, sourceNouns: [...withSourceNouns.sourceNouns, 'witness', 'researcher'] };
    const [witness] = extractQuotes(
      [
        'Under cross-examination, Ana Silva was pressed on why she waited. The witness conceded that she had been embarrassed. “I taught for 36 years,” she said.',
      ],
      findMentions,
      wider,
    );
    expect(witness).toMatchObject({ speaker: person('ana-silva') });
    const [described] = extractQuotes(
      [
        'The farmers’ spokesman for the northern office Ana Silva, according to reports, has said they would “reduce the harvest”.',
      ],
      findMentions,
      wider,
    );
    expect(described).toMatchObject({ speaker: person('ana-silva') });
  });

  test('offsets point at the marks in the paragraph', () => {
    const text = 'Then Ana Silva said, “Go.”';
    const [quote] = extractQuotes([text], findMentions, vocabulary);
    expect(text.slice(quote!.start, quote!.end)).toBe('“Go.”');
  });
});
