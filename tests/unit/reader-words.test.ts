/**
 * Readers' own words: misspellings, Cyrillic names, summaries, two-part questions, a count the
 * dossier only comes near, and subjects it never mentions wherever they stand. Every example
 * sentence is invented for this test.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import aliasesYaml from '../../corpus/aliases.yaml?raw'
import { answerExtractive } from '../../src/answer/extractive.ts'
import { AliasTableSchema } from '../../src/index/aliases.ts'
import { buildDossier } from '../../src/index/build-dossier.ts'
import { loadDossier } from '../../src/index/load.ts'
import {
  cyrillicStem,
  englishFor,
  newsWord,
  transliterate,
  transliterations,
} from '../../src/retrieval/cyrillic.ts'
import { containsPhrase } from '../../src/retrieval/query.ts'
import { retrieve } from '../../src/retrieval/search.ts'
import { createSpeller, editDistance } from '../../src/retrieval/spelling.ts'
import { readSummaryRequest } from '../../src/retrieval/summary.ts'
import { splitQuestion } from '../../src/retrieval/two-part.ts'
import { wireDoc } from '../support/wire-doc.ts'

const doc = wireDoc

const dossier = loadDossier(
  buildDossier({
    documents: [
      doc(
        'harbour-round',
        '2031-05-02',
        `Harbour Talks in Velmora End With a Grain Quota Deal

VELMORA (Test Wire) — Negotiators from Arveland and Ostria agreed on Tuesday to a grain quota for the harbour of Velmora, after two days of talks hosted by the Lindqvist Foundation.

Minister Oleksandr Danylenko said the quota would cover 40,000 tonnes a month. Ostria's envoy Mirela Kestrova said her side would not accept inspections of its ships.

Shelling near the harbour injured four dock workers overnight, the port authority said.`
      ),
      doc(
        'harbour-outlook',
        '2031-05-09',
        `Velmora Quota Holds as Monitors Arrive

VELMORA (Test Wire) — The grain quota agreed in Velmora last week held through its first seven days, the Lindqvist Foundation said on Monday, as twelve monitors arrived at the harbour.

Danylenko said the monitors would report every Friday.`
      ),
      doc(
        'harbour-interview',
        '2031-04-28',
        `The Harbourmaster on Ships and Inspections

Q: Will the harbour reopen to container traffic?

HARBOURMASTER: Not before the cranes are repaired, which we expect by late summer.

A dock crane stands idle at the harbour of Velmora on April 27. (Photo: Tove Lindahl/Test Wire)`
      ),
    ],
    aliases: {
      names: { kestrova: ['Kestrova', 'Кестрова', 'Кестровой'] },
      synonyms: { deal: ['agreed', 'quota'] },
      contrasts: {},
    },
  })
)

const ask = (q: string) => answerExtractive(dossier, q, 'test')
const quoted = (q: string) =>
  ask(q)
    .segments.filter((s) => s.kind === 'quote')
    .map((s) => s.text)
    .join(' ')

describe('edit distance and the speller', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('harbuor', 'harbour')).toBe(1)
    expect(editDistance('quota', 'quote')).toBe(1)
    expect(editDistance('velmora', 'armada', 2)).toBeGreaterThan(2)
  })

  it('corrects towards the vocabulary only within a small distance, keeping the first letter', () => {
    const speller = createSpeller({
      vocabulary: new Map([
        ['harbour', 3],
        ['monitor', 2],
      ]),
    })
    expect(speller.correct('harbor')).toBe('harbour')
    expect(speller.correct('moniter')).toBe('monitor')
    expect(speller.correct('arbour')).toBeUndefined()
    // Short words are left alone: too many are one letter apart.
    expect(createSpeller({ vocabulary: new Map([['hope', 1]]) }).correct('pope')).toBeUndefined()
  })

  it('lets a transliterated word run on past the stem it matches', () => {
    const speller = createSpeller({ vocabulary: new Map([['monitor', 1]]) })
    expect(speller.correct('monitoriv')).toBeUndefined()
    expect(speller.correct('monitoriv', { tail: 10 })).toBe('monitor')
  })
})

describe('Cyrillic', () => {
  it('transliterates Ukrainian and Russian by their own tables', () => {
    expect(transliterate('Даниленко', true)).toBe('Danylenko')
    expect(transliterate('Гавань', true)).toBe('Havan')
    expect(transliterate('Гавань', false)).toBe('Gavan')
  })

  it('spells a name each way the two tables and the English press do', () => {
    // The other language's table: a Ukrainian question may name a Russian spelling's "Yu".
    expect(transliterations('Юрій', true)).toEqual(['Iurii', 'Yuriy', 'Iurii', 'Yuriy'])
    // "c" for "k", as English writes many place names.
    expect(transliterations('Маскат', false)).toContain('Mascat')
  })

  it('takes case endings off, so inflected forms share a stem', () => {
    expect(cyrillicStem('Кестровой')).toBe(cyrillicStem('Кестрова'))
    expect(cyrillicStem('гавані')).toBe(cyrillicStem('гавань'))
  })

  it('reads question words and months in English', () => {
    expect(englishFor('Скільки')).toBe('how many')
    expect(englishFor('Когда')).toBe('when')
    expect(englishFor('травня')).toBe('May')
    expect(englishFor('ночь')).toBe('overnight')
    expect(englishFor('гавань')).toBeUndefined()
  })
})

describe('reader phrases', () => {
  const words = (s: string) => s.toLowerCase().split(' ')
  it('match whole words in order, with a couple of words inside', () => {
    expect(containsPhrase(words('they pulled their ships out'), ['pulled', 'out'])).toBe(true)
    expect(containsPhrase(words('out of ships they pulled'), ['pulled', 'out'])).toBe(false)
    expect(containsPhrase(words('the sitting envoy'), ['sit', 'down'])).toBe(false)
  })
})

describe('questions that ask two things', () => {
  it('are split where the second question starts, and a short or referring part leans on the first', () => {
    expect(splitQuestion('Who hosted the talks and what did the envoys agree?')).toEqual([
      'Who hosted the talks',
      'what did the envoys agree? Who hosted the talks',
    ])
    expect(splitQuestion('What is the quota, and when will monitors report on the ships?')).toEqual(
      ['What is the quota', 'when will monitors report on the ships?']
    )
  })

  it('are not split on a condition that comes first, or on "and" between names', () => {
    expect(splitQuestion('If the quota fails, would the talks resume?')).toHaveLength(1)
    expect(splitQuestion('Did Arveland and Ostria agree?')).toHaveLength(1)
  })

  it('are answered part by part', () => {
    const text = quoted('How many tonnes does the quota cover, and who hosted the talks?')
    expect(text).toContain('40,000 tonnes')
    expect(text).toContain('Lindqvist Foundation')
  })
})

describe('readers’ spellings', () => {
  it('finds a misspelled name and word through the dossier’s own vocabulary', () => {
    expect(quoted('what did danilenko say about the qouta')).toContain('40,000 tonnes')
  })

  it('finds a name written in Cyrillic, inflected or transliterated', () => {
    expect(quoted('Що сказав Даниленко про квоту?')).toContain('Danylenko')
    expect(quoted('Что сказала Кестровой о судах?')).toContain('Kestrova')
  })

  it('reads the words of negotiation news in Cyrillic, after names', () => {
    expect(newsWord('полоненими')).toBe('prisoners')
    expect(newsWord('зустрітися')).toBe('meet')
    expect(newsWord('гавань')).toBeUndefined()
    // "What did Kestrova say about the talks?": the name first, then the word for talks.
    expect(quoted('Що сказала Кестровой про переговори?')).toContain('Kestrova')
  })

  it('finds a Cyrillic place name whose stem changes as it inflects', () => {
    // Fiction: two invented harbour towns, spelled in the alias table as names are.
    const towns = loadDossier(
      buildDossier({
        documents: [
          doc(
            'harbour-towns',
            '2031-05-02',
            `Quota Talks Move Between Two Ports

BROKHA (Test Wire) — Negotiators agreed a grain quota in Brokha on Tuesday, the port authority said.

The next round of quota talks opens in Varden on 14 June, the authority added.`
          ),
        ],
        aliases: {
          names: { brokha: ['Brokha', 'Броха'], varden: ['Varden', 'Варден'] },
          synonyms: {},
          contrasts: {},
        },
      })
    )
    const cited = (q: string) => {
      const answer = answerExtractive(towns, q, 'test')
      expect(answer.coverage).not.toBe('not_in_corpus')
      return answer.segments.map((s) => s.text).join(' ')
    }
    // "у Бросі": Ukrainian softens х to с before -і.
    expect(cited('Що домовились у Бросі?')).toContain('Brokha')
    // "у Вардні": the е of "Варден" drops as it inflects.
    expect(cited('Коли переговори у Вардні?')).toContain('Varden')
  })

  it('names a Cyrillic name the dossier lacks rather than answering around it', () => {
    const answer = ask('Что сказал Барановский о квоте?')
    expect(answer.coverage).toBe('not_in_corpus')
    expect(answer.segments[0]?.text).toContain('Baranovsk')
  })
})

describe('a subject the dossier never mentions', () => {
  it.each([
    'Belarus in the harbour talks?',
    "Belarus's role in the harbour talks?",
    'What role does Belarus play in the harbour talks?',
    'what did the pope say about the grain quota',
  ])('is refused wherever it stands: %s', (q) => {
    expect(ask(q).coverage).toBe('not_in_corpus')
  })

  it('does not refuse an ordinary first word', () => {
    expect(ask('Summarise the grain quota deal').coverage).not.toBe('not_in_corpus')
  })
})

describe('summaries', () => {
  it('answers "give me a summary" with ledes rather than refusing', () => {
    const answer = ask('give me a summary')
    expect(answer.coverage).toBe('answered')
    expect(quoted('give me a summary')).toContain('grain quota')
  })

  it('does not take a live blog’s welcome for its lede', () => {
    // Fiction: an invented live blog of the harbour talks, written for this test.
    const blog = loadDossier(
      buildDossier({
        documents: [
          doc(
            'harbour-live',
            '2031-05-03',
            `Harbour talks, day two – live

09:00 — Good morning and welcome to our live coverage of the second day of the harbour talks in Velmora.

09:20 — Negotiators from Arveland and Ostria have agreed to extend the grain quota for another month, the Lindqvist Foundation said.`
          ),
        ],
        aliases: { names: {}, synonyms: {}, contrasts: {} },
      })
    )
    const said = answerExtractive(blog, 'give me a summary', 'test')
      .segments.map((s) => s.text)
      .join(' ')
    expect(said).toContain('extend the grain quota')
    expect(said).not.toContain('welcome to our live coverage')
  })

  it('answers "whats the latest" with the newest document’s lede first', () => {
    const answer = ask('whats the latest')
    const first = answer.segments.find((s) => s.kind === 'quote')
    expect(first?.citations[0]?.passageId.startsWith('harbour-outlook')).toBe(true)
  })

  it('sets the asking aside and keeps the subject', () => {
    expect(readSummaryRequest('tl;dr on the harbour').summary).toBe(true)
    expect(readSummaryRequest('where is the harbour').summary).toBe(false)
    expect(retrieve(dossier, 'catch me up on the monitors').question.summary).toBe(true)
    // Typed without its apostrophe, "whats" is not mended into "what".
    expect(retrieve(dossier, 'whats going on with the harbour talks').question.summary).toBe(true)
  })
})

describe('false premises', () => {
  it('are corrected by the sentence that negates what they take for granted', () => {
    const fleet = loadDossier(
      buildDossier({
        documents: [
          doc(
            'fleet-talks',
            '2031-06-01',
            `Fleet Talks Stall Over the Northern Bay

Ostria insists that Arveland withdraw its fleet from the northern bay before any truce.

Arveland will not withdraw its fleet from the northern bay, its navy chief said on Monday.

The bay has been patrolled by both fleets since the spring.`
          ),
        ],
        aliases: { names: {}, synonyms: {}, contrasts: {} },
      })
    )
    const answer = answerExtractive(fleet, 'Why did Arveland agree to withdraw its fleet?', 't')
    const first = answer.segments.find((s) => s.kind === 'quote')
    expect(first?.text).toContain('will not withdraw')
  })
})

describe('transcripts and photos', () => {
  it('answers with the reply that follows a question in a transcript, not the question', () => {
    const text = quoted('Will the harbour reopen to container traffic?')
    expect(text).toContain('cranes are repaired')
  })

  it('answers a photo question with the whole caption, credit included', () => {
    const text = quoted('who took the photo of the crane?')
    expect(text).toContain('A dock crane stands idle')
    expect(text).toContain('Tove Lindahl')
  })
})

describe('figures', () => {
  it('answers "how many" with the figure', () => {
    const answer = ask('How many monitors arrived at the harbour?')
    expect(answer.coverage).toBe('answered')
    expect(quoted('How many monitors arrived at the harbour?')).toContain('twelve')
  })

  it('reads a misspelt question word as the question word', () => {
    const { question } = retrieve(dossier, 'how meny monitors arrived?')
    expect(question.answerType).toBe('number')
    expect(question.terms.map((t) => t.token)).not.toContain('meni')
  })

  it('gives an honest partial when the dossier has the wounded but no death toll', () => {
    const answer = ask('How many dock workers were killed near the harbour?')
    expect(answer.coverage).toBe('partial')
    expect(quoted('How many dock workers were killed near the harbour?')).toContain('injured')
  })
})

describe('readers’ everyday words, through the committed alias table', () => {
  const table = AliasTableSchema.parse(parseYaml(aliasesYaml, { schema: 'core' }))
  const d = loadDossier(
    buildDossier({
      documents: [
        doc(
          'ferry-pause',
          '2031-05-02',
          'Harbour pause agreed in Vardby\n\nThe harbour board and the ferry union met in Vardby on Thursday. The board said the talks had been long and difficult.\n\nKey points:\n\n- Energy: a pause in strikes on power generation and transmission, which Lindmark officials say took effect at midnight on May 4.\n- Crossings: the night ferry resumes next week.'
        ),
      ],
      aliases: table,
    })
  )
  const quotes = (q: string) =>
    answerExtractive(d, q, 'q')
      .segments.filter((s) => s.kind === 'quote')
      .map((s) => s.text)
      .join(' ')

  it('Should refuse a leader the dossier never names, however the reader cases it', () => {
    expect(answerExtractive(d, 'what did erdogan say about the harbour pause?', 'q').coverage).toBe(
      'not_in_corpus'
    )
  })

  it('Should read “kick in” as taking effect and “hitting” as strikes', () => {
    expect(quotes('when does the pause on hitting power plants kick in')).toContain(
      'took effect at midnight on May 4'
    )
  })
})
