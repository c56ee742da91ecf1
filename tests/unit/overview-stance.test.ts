/**
 * The overview's reading of stances, parties and roles, on invented sentences: which words state
 * a stance, who holds it, which countries and people the text names, and what a list's lines say.
 */
import { describe, expect, it } from 'vitest'
import { countryOf } from '../../src/language/countries.ts'
import { objectStarts, roleCuesOf, stanceCuesOf } from '../../src/language/stance.ts'
import { figuresIn } from '../../src/overview/figures.ts'
import { positionsIn } from '../../src/overview/positions.ts'
import { linesOf, type SentenceRef } from '../../src/overview/quote.ts'
import { rolesIn } from '../../src/overview/roles.ts'
import { type CompiledRoster, partyFinder } from '../../src/overview/roster.ts'

const parties = [
  { id: 'north', name: 'North', aliases: ['Northland', 'Vell'] },
  { id: 'south', name: 'South', aliases: ['Southmark', 'Orrin'] },
]
const roster: CompiledRoster = { parties, mentions: partyFinder(parties), proposals: [] }
const kinds = (text: string) => stanceCuesOf(text).map((c) => c.kind)
const positions = (text: string, speaker?: string[]) =>
  positionsIn(text, roster, speaker ? { speaker } : {}).map(
    (p) => `${p.kind}:${p.parties.join('+')}`
  )

describe('stance cues', () => {
  it('Should not read a particle or a verb’s object as a stance', () => {
    expect(kinds('The brigades would pull back from the river.')).toEqual([])
    expect(kinds('Several mourners carried signs outside the hall.')).toEqual([])
    expect(kinds('Northland rejected that offer.')).toEqual(['refusal', 'offer'])
  })

  it('Should not read a passive, an attributive participle or a noun of another sense as a stance', () => {
    expect(kinds('Southmark denied that it had been offered a share of the tolls.')).toEqual([])
    expect(kinds('A proposed 30-day halt has not taken effect.')).toEqual([])
    expect(kinds('The maps were not shown to the press.')).toEqual([])
    expect(kinds('Northland is pressing Southmark to agree.')[0]).toBe('demand')
    expect(kinds('Northland and Southmark have both offered to host the round.')).toEqual(['offer'])
  })

  it('Should not read a source’s anonymity or a report’s content as a condition or an offer', () => {
    expect(kinds('Northland will sign, an aide said on condition of anonymity.')).toEqual([
      'support',
    ])
    expect(kinds('Reports that Northland agreed to a pause are untrue.')).toEqual([])
  })

  it('Should read a condition to the end of its content, and what follows it', () => {
    expect(
      kinds('Northland wants the port as a condition for any truce, a demand Southmark rejected.')
    ).toEqual(['demand', 'condition', 'demand', 'refusal'])
    expect(kinds('Any change can only be approved by the voters.')).toEqual(['condition'])
  })
})

describe('offers and conditions in more words', () => {
  it('Should read a refusal that says what it waits on as a condition', () => {
    expect(
      positions(
        'Northland ruled out a meeting between the two leaders until a final text is ready.'
      )
    ).toEqual(['condition:north'])
    expect(positions('Southmark rejected the plan outright.')).toEqual(['refusal:south'])
  })

  it('Should read a commitment and a restraint as offers, what stays until as a condition', () => {
    expect(positions('Northland would commit to letting ferries sail unmolested.')).toEqual([
      'offer:north',
    ])
    expect(positions('Southmark would refrain from attacking merchant ships.')).toEqual([
      'offer:south',
    ])
    expect(positions('Northland says its tariffs stay until there is a full ceasefire.')).toEqual([
      'condition:north',
    ])
  })
})

describe('positions by clause', () => {
  it('Should give one party two positions when two clauses state them', () => {
    expect(
      positions('Northland refuses, but has said it could accept a truce at the river.')
    ).toEqual(['refusal:north', 'offer:north'])
  })

  it('Should give a noun condition to the sentence’s subject, not to the clause’s', () => {
    expect(
      positions(
        'Northland has demanded that Southmark leave the valley as a condition for a truce.'
      )
    ).toEqual(['condition:north'])
  })

  it('Should keep a refusal that a noun condition follows', () => {
    expect(positions('Southmark will not leave the valley as a precondition for a truce.')).toEqual(
      ['refusal:south']
    )
  })

  it('Should not take a verb’s object for who acts', () => {
    const text = 'The plan envisions Southmark ceding the valley as a condition for a truce.'
    expect(objectStarts(text).has(text.indexOf('Southmark'))).toBe(true)
    expect(positions(text)).toEqual([])
  })

  it('Should give a sentence with no party acting in it to whoever says it', () => {
    expect(positions('We will not leave the valley.', ['south'])).toEqual(['refusal:south'])
    expect(positions('We will not leave the valley.')).toEqual([])
  })
})

describe('offers and refusals in other words', () => {
  it('Should read what a party says it could do as an offer, and an owned plan as its offer', () => {
    expect(positions('Southmark has said it could reopen the bridge.')).toEqual(['offer:south'])
    expect(positions('Southmark could attack again.')).toEqual([])
    expect(kinds('Analysts warned that a Southmark-held port could serve as a base.')).toEqual([])
    expect(positions('Critics say the Northland proposal of a buffer would fail.')).toEqual([
      'offer:north',
    ])
    expect(kinds('Critics say the proposal of a buffer would fail.')).toEqual([])
  })

  it('Should read a reported obligation as a demand, and “until X does Y” as a condition', () => {
    expect(positions('Vell has said a full exchange should come first.')).toEqual(['demand:north'])
    expect(
      positions('Southmark says the sanctions stay until Northland pays for the dam.')
    ).toEqual(['condition:south'])
    expect(kinds('The envoys stay in the capital until March.')).toEqual([])
  })

  it('Should read “there is no such …” as a refusal', () => {
    expect(positions('There is no such agreement, Vell said.', ['north'])).toEqual([
      'refusal:north',
    ])
  })

  it('Should give a verb to the name right before it, not to whoever opened the clause', () => {
    expect(
      positions('Northland has floated a joint patrol, an idea Southmark has firmly rejected.')
    ).toEqual(['offer:north', 'refusal:south'])
  })
})

describe('who holds a stance, and of which kind, read more generally', () => {
  it('Should read a readiness after any linking verb as an offer', () => {
    expect(positions('Southmark remains ready for a truce at the river.')).toEqual(['offer:south'])
    expect(positions('Northland stands ready to reopen the bridge.')).toEqual(['offer:north'])
  })

  it('Should read wanting none of a thing, and a negated “can”, as a refusal', () => {
    expect(positions('Northland wants no observers from the coast.')).toEqual(['refusal:north'])
    expect(positions('Northland wants observers from the coast.')).toEqual(['demand:north'])
    expect(positions('Southmark cannot accept the new map.')).toEqual(['refusal:south'])
  })

  it('Should read what any deal must do as a condition, whoever says it', () => {
    expect(positions('Southmark has said any truce must also cover the ports.')).toEqual([
      'condition:south',
    ])
    expect(kinds('Any final deal must be ratified by the assembly.')).toEqual(['condition'])
    expect(positions('Vell has said a full exchange should come first.')).toEqual(['demand:north'])
  })

  it('Should read asking someone to act as a demand, and asking not to be named as none', () => {
    expect(positions('Northland asked the mediators to add the dams to the list.')).toEqual([
      'demand:north',
    ])
    expect(kinds('An aide who asked not to be named described the maps.')).toEqual([])
  })

  it('Should give a condition inside a demand to the party that demands it', () => {
    expect(
      positions('Northland insists that Southmark leave the valley before any truce.')
    ).toEqual(['condition:north'])
  })

  it('Should read a participle after a comma as a second position', () => {
    expect(
      positions(
        'Southmark has accepted the plan, Orrin said on Monday, urging Northland to follow.'
      )
    ).toEqual(['offer:south', 'demand:south'])
  })

  it('Should read what a party says would happen “if” as its condition, an offer on terms as an offer', () => {
    expect(positions('Orrin has said a vote could be held in May if the shelling stops.')).toEqual([
      'condition:south',
    ])
    expect(
      positions('Southmark has said it could reopen the bridge if the shelling stops.')
    ).toEqual(['offer:south'])
    expect(kinds('The bridge could reopen if the river falls.')).toEqual([])
    expect(kinds('Orrin said the bridge would stay shut even if the river falls.')).toEqual([])
    expect(kinds('Orrin said the talks end once a text is ready to be signed.')).toEqual([])
  })

  it('Should not read declining to speak, denying a report or a brokered deal as a stance', () => {
    expect(positions('Northland would not say when the talks resume.')).toEqual([])
    expect(positions('Northland will not sign the map.')).toEqual(['refusal:north'])
    expect(positions('Southmark rejected the accusation and blamed the storm.')).toEqual([])
    expect(positions('Southmark dismissed reports that it had left the talks.')).toEqual([])
    expect(positions('Southmark rejected the map.')).toEqual(['refusal:south'])
    expect(positions('The swap, brokered by Northland, took place at the river.')).toEqual([])
  })

  it('Should not give the speaker a stance the speaker says is someone else’s', () => {
    expect(positions('We are grateful to our partners for their offers.', ['south'])).toEqual([])
    expect(positions('We repeat our offer of a truce.', ['south'])).toEqual(['offer:south'])
    expect(positions('He repeated his offer of a truce.', ['south'])).toEqual(['offer:south'])
  })
})

describe('roles', () => {
  it('Should read who hosts and who mediates, active or passive', () => {
    expect(roleCuesOf('The round was hosted by Northland.')).toEqual([
      { role: 'host', at: 14, by: 23 },
    ])
    expect(roleCuesOf('Southmark has offered to host the next round.').map((r) => r.role)).toEqual([
      'host',
    ])
    expect(roleCuesOf('The host city was quiet.')).toEqual([])
    expect(roleCuesOf('Talks resumed under Northland mediation.')).toEqual([
      { role: 'mediator', at: 30, owner: 'before' },
    ])
    expect(roleCuesOf('He thanked Southmark for its mediation.')[0]?.owner).toBe('pronoun')
  })

  it('Should give each role to the party that holds it', () => {
    expect(rolesIn('The round was hosted by Northland.', roster)).toEqual([
      { role: 'host', party: 'north' },
    ])
    expect(rolesIn('He thanked Southmark for its mediation.', roster)).toEqual([
      { role: 'mediator', party: 'south' },
    ])
    expect(
      rolesIn('Ana Vell, President of Northland, hosted the envoys on Monday.', roster)
    ).toEqual([{ role: 'host', party: 'north' }])
    expect(
      rolesIn(
        'The talks, in a series hosted by Northland, which has also mediated swaps, ended.',
        roster
      )
    ).toEqual([
      { role: 'host', party: 'north' },
      { role: 'mediator', party: 'north' },
    ])
  })
})

describe('countries in the text', () => {
  it('Should read a country’s name, its adjective and a variant spelling', () => {
    expect(countryOf('Iranian')).toEqual({ country: 'Iran', demonym: true })
    expect(countryOf('Hungary')).toEqual({ country: 'Hungary', demonym: false })
    expect(countryOf('Turkey')?.country).toBe(countryOf('Turkish')?.country)
    expect(countryOf('George')).toBeUndefined()
    expect(countryOf('Tuesday')).toBeUndefined()
  })

  it('Should read the adjective of a country in -stan, and an irregular one from the lexicon', () => {
    expect(countryOf('Uzbek')).toEqual({ country: 'Uzbekistan', demonym: true })
    expect(countryOf('Swiss')).toEqual({ country: 'Switzerland', demonym: true })
    expect(countryOf('Dutch')).toEqual({ country: 'Netherlands', demonym: true })
  })
})

describe('list items', () => {
  it('Should quote each item of a list the splitter ran together, and keep a broken line whole', () => {
    const passage = { id: 'd.p01' } as SentenceRef['passage']
    const list = '- Northland wants a vote.\n- Southmark refuses.'
    const lines = linesOf([{ passage, sentence: 0, text: list, start: 4 }])
    expect(
      lines.map((l) => [l.text, list.slice(l.start - 4, l.start - 4 + l.text.length)])
    ).toEqual([
      ['- Northland wants a vote.', '- Northland wants a vote.'],
      ['- Southmark refuses.', '- Southmark refuses.'],
    ])
    const broken = 'The envoy of the U.S.\n\nPresident met them.'
    expect(linesOf([{ passage, sentence: 0, text: broken, start: 0 }])).toHaveLength(1)
  })
})

describe('figures', () => {
  it('Should read a number word that opens a sentence, irregular plurals and a dozen', () => {
    const text =
      'Two people were hurt; the strike injured three children after more than a dozen raids.'
    const passage = { id: 'd.p01', text, status: 'unsourced' } as SentenceRef['passage']
    const found = figuresIn([{ passage, sentence: 0, text, start: 0 }])
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['Two', 2],
      ['three', 3],
      ['a dozen', 12],
    ])
  })
})

describe('stances of time and of verbs', () => {
  it('reads “until now” as a time, and “conditioned … on” as a condition', () => {
    expect(stanceCuesOf('Until now Ostland has rejected the plan.').map((c) => c.kind)).toEqual([
      'refusal',
    ])
    expect(
      stanceCuesOf('The guild has conditioned any easing of tolls on a verified truce.').map(
        (c) => c.kind
      )
    ).toEqual(['condition'])
  })

  it('reads a negated verb after “would” through a quotation mark as a refusal', () => {
    expect(kinds('Rask said Velmora will “not withdraw” its ships.')).toEqual(['refusal'])
  })
})
