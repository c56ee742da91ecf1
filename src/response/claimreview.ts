/**
 * @module response/claimreview
 * A summary check as schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish and
 * search engines read: one review per sentence, its verdict in `reviewRating.alternateName`, the
 * dossier's quotes that decide it as the reviewed claim's `citation`s (each a `Quotation` of the
 * article it is from). Google's fact-check markup requires `claimReviewed`, `reviewRating` with
 * `alternateName`, and `url`; `author` and `datePublished` are recommended and given.
 */
import type { Check, Verdict } from '../check/schema.ts'
import type { DocumentSummary } from '../index/artifact.ts'

/** The verdicts as a reader reads them in a search result. */
const RATING: Record<Verdict, string> = {
  supported: 'Supported by the dossier',
  contradicted: 'Contradicted by the dossier',
  unsupported: 'Not stated in the dossier',
  contested: 'Contested in the dossier',
}

/** Options for {@link toClaimReview}. */
export interface ClaimReviewOptions {
  /** The worker's origin, for the review's `url` (the check page) and its author. */
  origin: string
  documents: readonly DocumentSummary[]
  /** The day the check was made, `YYYY-MM-DD`. */
  today: string
}

/**
 * @example
 * ```ts
 * const doc = toClaimReview(check, { origin: 'https://verbatim.example', documents, today: '2026-11-29' })
 * doc['@graph'][0].reviewRating.alternateName // 'Supported by the dossier'
 * ```
 */
export function toClaimReview(check: Check, options: ClaimReviewOptions) {
  const { origin, today } = options
  const documents = new Map(options.documents.map((d) => [d.id, d]))
  const passages = new Map(check.passages.map((p) => [p.id, p]))
  const author = { '@type': 'Organization', name: 'Verbatim', url: `${origin}/` }
  return {
    '@context': 'https://schema.org',
    '@graph': check.sentences.map((s, i) => ({
      '@type': 'ClaimReview',
      // The page the review appears on: the check page, at this check's sentence.
      url: `${origin}/check#${check.id}-${i + 1}`,
      claimReviewed: s.text,
      datePublished: today,
      author,
      reviewRating: {
        '@type': 'Rating',
        alternateName: RATING[s.verdict],
        ratingExplanation: s.explanation,
      },
      itemReviewed: {
        '@type': 'Claim',
        text: s.text,
        citation: s.citations.map((c) => {
          const document = documents.get(passages.get(c.passageId)?.documentId ?? '')
          return {
            '@type': 'Quotation',
            identifier: c.passageId,
            text: c.quote,
            ...(c.attribution && { creator: { '@type': 'Thing', name: c.attribution } }),
            isPartOf: {
              '@type': 'NewsArticle',
              headline: document?.title,
              ...(document?.publisher && {
                publisher: { '@type': 'Organization', name: document.publisher },
              }),
              ...(document?.date.stated && { datePublished: document.date.latest }),
              ...(document?.url && { url: document.url }),
            },
          }
        }),
      },
    })),
  }
}
