import { describe, expect, it } from 'vitest'
import type { Check } from '../../src/check/schema.ts'
import { call, postJson } from '../support/worker.ts'

// Fictional sentences about the seed dossier's story: one it states, one it contradicts, one it
// never mentions.
const SUMMARY =
  'Russian forces launched 138 drones at Ukraine. ' +
  'The U.S. envoy Steve Witkoff met Putin in Minsk on Jan. 22. ' +
  'Belarus has offered to host the next round of talks.'

interface ClaimReview {
  '@type': string
  url: string
  claimReviewed: string
  datePublished: string
  author: { '@type': string; name: string; url: string }
  reviewRating: { '@type': string; alternateName: string; ratingExplanation: string }
  itemReviewed: {
    '@type': string
    text: string
    citation: {
      '@type': string
      identifier: string
      text: string
      isPartOf: { headline?: string }
    }[]
  }
}

describe('POST /v1/checks?format=claimreview', () => {
  it('Should return one ClaimReview a sentence, with the fields Google’s fact-check markup requires', async () => {
    const json = (await (await postJson('/v1/checks', { summary: SUMMARY })).json()) as Check
    const res = await postJson('/v1/checks?format=claimreview', { summary: SUMMARY })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const doc = (await res.json()) as { '@context': string; '@graph': ClaimReview[] }
    expect(doc['@context']).toBe('https://schema.org')
    const reviews = doc['@graph']
    expect(reviews).toHaveLength(json.sentences.length)
    const ratings = new Set<string>()
    for (const [i, review] of reviews.entries()) {
      const sentence = json.sentences[i]
      // Required: claimReviewed, reviewRating with alternateName, url.
      expect(review['@type']).toBe('ClaimReview')
      expect(review.claimReviewed).toBe(sentence?.text)
      expect(review.reviewRating['@type']).toBe('Rating')
      expect(review.reviewRating.alternateName).toMatch(/\S/)
      ratings.add(review.reviewRating.alternateName)
      expect(new URL(review.url).pathname).toBe('/check')
      // Recommended: author, datePublished.
      expect(review.author).toMatchObject({ '@type': 'Organization', name: 'Verbatim' })
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // The deciding quotes, each the dossier's own text.
      expect(review.itemReviewed['@type']).toBe('Claim')
      expect(review.itemReviewed.citation.map((c) => c.text)).toEqual(
        sentence?.citations.map((c) => c.quote)
      )
      for (const c of review.itemReviewed.citation) {
        const passage = (await (await call(`/v1/passages/${c.identifier}`)).json()) as {
          text: string
        }
        expect(passage.text).toContain(c.text)
        expect(c.isPartOf.headline).toMatch(/\S/)
      }
    }
    // Three verdicts, three ratings.
    expect(ratings.size).toBe(new Set(json.sentences.map((s) => s.verdict)).size)
  })

  it('Should refuse an unknown format with a problem naming it', async () => {
    const res = await postJson('/v1/checks?format=xml', { summary: SUMMARY })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await res.text()).toMatch(/format/)
  })
})
