/**
 * The check page: posts the summary to /v1/checks and shows each sentence's verdict, in words and
 * a symbol, with its explanation and quotes. Everything from the server is inserted as text.
 */
;(() => {
  const MARKS = { supported: '✓', contradicted: '✗', unsupported: '?', contested: '⚠' }
  const form = document.getElementById('check-form')
  const result = document.getElementById('result')
  const status = document.getElementById('status')
  const copy = document.getElementById('copy')
  const claimReview = document.getElementById('claimreview')
  let lastText = ''
  let lastSummary = ''

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'text') node.textContent = v
      else node.setAttribute(k, v)
    }
    node.append(...children)
    return node
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    const summary = form.summary.value
    status.textContent = 'Checking…'
    result.replaceChildren()
    copy.disabled = true
    claimReview.disabled = true
    try {
      const res = await fetch('/v1/checks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ summary }),
      })
      const body = await res.json()
      if (!res.ok) throw new Error(body.detail || `The service answered ${res.status}.`)
      const passages = new Map(body.passages.map((p) => [p.id, p]))
      const lines = []
      for (const s of body.sentences) {
        const item = el(
          'div',
          { class: 'sentence' },
          el(
            'p',
            {},
            el('span', { class: `verdict ${s.verdict}`, text: `${MARKS[s.verdict]} ${s.verdict}` }),
            ` — ${s.text}`
          ),
          el('p', { class: 'muted', text: s.explanation })
        )
        lines.push(
          `${MARKS[s.verdict]} ${s.verdict.toUpperCase()}: ${s.text}`,
          `  ${s.explanation}`
        )
        for (const c of s.citations) {
          const p = passages.get(c.passageId)
          item.append(
            el('blockquote', { text: c.quote }),
            el('p', {
              class: 'muted',
              text: `${c.passageId}${p ? ` · ${p.status}${p.attribution ? ` · ${p.attribution}` : ''}` : ''}`,
            })
          )
          lines.push(`  “${c.quote}” (${c.passageId})`)
        }
        result.append(item)
      }
      const counts = Object.entries(body.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')
      status.textContent = `Checked ${body.sentences.length} sentences: ${counts}.`
      lastText = [...lines, '', status.textContent].join('\n')
      lastSummary = summary
      copy.disabled = false
      claimReview.disabled = false
    } catch (err) {
      status.textContent = `The check failed: ${err.message}`
    }
  })

  // The same summary checked again, as schema.org ClaimReview JSON-LD for a fact-check page.
  claimReview.addEventListener('click', async () => {
    try {
      const res = await fetch('/v1/checks?format=claimreview', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ summary: lastSummary }),
      })
      if (!res.ok) throw new Error(`The service answered ${res.status}.`)
      const url = URL.createObjectURL(await res.blob())
      const link = el('a', { href: url, download: 'claimreview.jsonld' })
      document.body.append(link)
      link.click()
      link.remove()
      URL.revokeObjectURL(url)
      status.textContent = 'Downloaded the verdicts as ClaimReview JSON-LD.'
    } catch (err) {
      status.textContent = `The download failed: ${err.message}`
    }
  })

  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(lastText)
    status.textContent = 'Copied the result, with its quotes, as text.'
  })
})()
