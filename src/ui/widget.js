/**
 * <verbatim-chat>: Verbatim's embeddable chat widget. One script tag and one element:
 *
 *   <script src="https://verbatim.example/widget.js" defer></script>
 *   <verbatim-chat endpoint="https://verbatim.example" title="Ask the dossier"
 *                  suggestions="Who hosted the talks?|What does Russia demand?"></verbatim-chat>
 *
 * No framework; styles live in the Shadow DOM. Every piece of text from the server is inserted as
 * text (textContent, text nodes), never as HTML. Labels are shown in words and a symbol, never by
 * colour alone. The transcript is a role="log" region that receives each answer once it is
 * complete; the text streaming in meanwhile is shown outside it, so screen readers are not read
 * every token.
 */
;(() => {
  if (customElements.get('verbatim-chat')) return // pasting the tag twice is harmless

  const LABELS = {
    sourced: ['✓', 'Sourced', 'The passage names who says it.'],
    unsourced: ['○', 'Unsourced', 'The article’s own assertion; no source named.'],
    contested: ['⚠', 'Contested', 'An allegation, a claim, or contradicted by another passage.'],
    uncited: ['✗', 'Uncited', 'Not backed by a verified quote.'],
  }

  /** Why the model's answer is not shown, as a reader reads it. */
  const DEGRADED = {
    timeout: 'The model was unavailable.',
    refusal: 'The model declined to answer.',
    malformed: 'The model’s answer could not be read.',
    unverifiable: 'The model’s answer could not be verified against the dossier.',
    truncated: 'The model’s answer was cut short before it said anything it could cite.',
  }

  /** Scenario groups' kinds, as headings read them. */
  const KINDS = {
    official: 'Officials’ statements',
    warning: 'Warnings',
    analysis: 'Analysts’ views',
    poll: 'Polls',
    speculation: 'The article’s speculation',
    report: 'Reporting',
  }
  const POSITION_KINDS = {
    demand: 'Demands',
    refusal: 'Refuses',
    offer: 'Offers',
    condition: 'Conditions',
  }

  const STYLE = `
    :host { display: block; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; max-width: 44rem; }
    * { box-sizing: border-box; }
    section { border: 1px solid #767676; border-radius: 6px; padding: 1rem; background: #fff; }
    h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
    .notice { font-size: .9rem; color: #3d3d3d; margin: 0 0 .75rem; min-height: 3em; }
    @media (max-width: 560px) { .notice { min-height: 6em; } }
    .suggestions { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: .75rem; }
    button { font: inherit; min-height: 2rem; min-width: 2rem; padding: .25rem .75rem; border: 1px solid #1a4d8f;
      border-radius: 4px; background: #fff; color: #1a4d8f; cursor: pointer; }
    button.primary { background: #1a4d8f; color: #fff; }
    button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
    form { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .75rem; }
    label { flex-basis: 100%; font-weight: 600; }
    input { font: inherit; flex: 1 1 12rem; min-width: 0; min-height: 2rem; padding: .25rem .5rem;
      border: 1px solid #767676; border-radius: 4px; }
    .log { display: flex; flex-direction: column; gap: 1rem; }
    .turn { border-top: 1px solid #d0d0d0; padding-top: .75rem; }
    .question { font-weight: 600; margin: 0 0 .5rem; }
    blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 4px solid #767676; }
    .seg { margin: .25rem 0; }
    .prose { margin: .25rem 0; }
    .prose .labels { margin-left: .2rem; vertical-align: baseline; }
    .seg-notice { font-style: italic; color: #3d3d3d; }
    .labels { display: inline-flex; flex-wrap: wrap; gap: .25rem; margin-left: .25rem; }
    .label { font-size: .8rem; border: 1px solid #767676; border-radius: 3px; padding: 0 .3rem; white-space: nowrap; }
    .label.contested { border-color: #8a4b00; color: #6b3a00; }
    .label.uncited { border-color: #8f1a1a; color: #8f1a1a; }
    .marker { min-height: 1.5rem; min-width: 1.5rem; padding: 0 .3rem; font-size: .8rem; margin-left: .25rem; }
    .pending { color: #3d3d3d; white-space: pre-wrap; }
    .card { margin-top: .75rem; border: 2px solid #1a4d8f; border-radius: 6px; padding: .75rem; }
    .card h3 { font-size: 1rem; margin: 0 0 .25rem; }
    .card .meta { font-size: .85rem; color: #3d3d3d; margin: 0 0 .5rem; }
    mark { background: #ffe08a; color: inherit; }
    .degraded, .error { font-size: .9rem; color: #6b3a00; }
    .group { font-size: .95rem; margin: .75rem 0 .25rem; }
    .sources { margin-top: .5rem; font-size: .9rem; }
    .sources-title { margin: 0; font-weight: 600; }
    .sources ul { margin: .1rem 0; padding-left: 1.25rem; }
    .sources .meta { color: #3d3d3d; }
    .feedback { margin-top: .5rem; font-size: .9rem; }
    .feedback-buttons { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .feedback-report { display: flex; flex-direction: column; gap: .25rem; margin-top: .5rem; }
    .feedback-report textarea { font: inherit; border: 1px solid #767676; border-radius: 4px; }
    .feedback-report button { align-self: flex-start; }
    .feedback-report[hidden] { display: none; }
    .feedback-status { margin: .25rem 0 0; color: #3d3d3d; }
    .feedback-status:empty { display: none; }
    .legend { font-size: .85rem; color: #3d3d3d; margin: .5rem 0 0; }
    .legend .label { margin-right: .2rem; }
    .follow-ups { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .5rem; }
    .follow-ups p { flex-basis: 100%; margin: 0; font-size: .9rem; color: #3d3d3d; }
    details.overview { margin-bottom: .75rem; }
    details.overview summary { cursor: pointer; font-weight: 600; min-height: 1.5rem; }
    .overview h3 { font-size: 1rem; margin: .75rem 0 .25rem; }
    .ov-section { margin: .5rem 0; }
    .ov-section > summary { cursor: pointer; font-weight: 600; min-height: 1.5rem; }
    .strip-wrap, .grid-wrap { overflow-x: auto; }
    .overview .strip { display: flex; gap: .5rem; list-style: none; padding: .25rem 0; margin: 0; }
    .strip .event { flex: 0 0 12rem; border-left: 4px solid #1a4d8f; padding: .25rem .5rem;
      background: #f4f7fb; font-size: .85rem; display: flex; flex-direction: column; gap: .25rem; }
    .strip .event.upcoming { border-left-color: #b35c00; background: #fbf6f0; }
    button.mark { text-align: left; font-size: .85rem; padding: .2rem .4rem; }
    .grid { border-collapse: collapse; font-size: .85rem; }
    .grid caption { text-align: left; font-weight: 600; margin-bottom: .25rem; }
    .grid th, .grid td { border: 1px solid #d0d0d0; padding: .25rem; vertical-align: top; text-align: left; }
    .grid td button { display: block; margin: .1rem 0; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { position: static; }
    .overview ol, .overview ul { margin: .25rem 0; padding-left: 1.25rem; }
    .overview li { margin: .25rem 0; }
    .overview .when { font-weight: 600; }
    .overview .meta { font-size: .85rem; color: #3d3d3d; margin: 0; }
    @media (max-width: 360px) { section { padding: .5rem; } }
  `

  const MONTHS =
    'January February March April May June July August September October November December'.split(
      ' '
    )

  /** An event's date as a reader says it: "2019", "August 2025", "2026-01-22", or a range. */
  function whenOf(date) {
    if (date.precision === 'year') return date.start.slice(0, 4)
    if (date.precision === 'month') {
      return `${MONTHS[Number(date.start.slice(5, 7)) - 1]} ${date.start.slice(0, 4)}`
    }
    return date.start === date.end ? date.start : `${date.start} to ${date.end}`
  }

  /** Builds an element with text (never HTML) and attributes. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'text') node.textContent = v
      else if (v !== undefined && v !== null) node.setAttribute(k, v)
    }
    for (const c of children) node.append(c)
    return node
  }

  function labelChip(label) {
    const [symbol, word, title] = LABELS[label] ?? ['', label, '']
    return el('span', { class: `label ${label}`, title, text: `${symbol} ${word}` })
  }

  /** Reads a Server-Sent Events body, calling onEvent(name, data) for each event. */
  async function readEvents(body, onEvent) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      let cut = buffer.indexOf('\n\n')
      while (cut >= 0) {
        const chunk = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        let name = 'message'
        const data = []
        for (const line of chunk.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim()
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
        }
        if (data.length) onEvent(name, JSON.parse(data.join('\n')))
        cut = buffer.indexOf('\n\n')
      }
    }
  }

  class VerbatimChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return
      const root = this.attachShadow({ mode: 'open' })
      this.endpoint = (this.getAttribute('endpoint') ?? '').replace(/\/$/, '')
      this.passages = new Map()
      // Citation markers number on across the conversation, so [3] always means one source.
      this.markers = 0
      // Labels explained in words so far: each is explained the first time it appears.
      this.explained = new Set()
      // The conversation so far, sent with each question so a follow-up can lean on it.
      this.history = []
      const title = this.getAttribute('title') || 'Ask the dossier'
      const uid = Math.random().toString(36).slice(2)
      this.noticeEl = el('p', {
        class: 'notice',
        text: 'Answers come only from the dossier’s articles, quoted word for word.',
      })
      this.log = el('div', {
        class: 'log',
        role: 'log',
        'aria-live': 'polite',
        'aria-label': 'Answers',
      })
      this.pending = el('p', { class: 'pending', hidden: '' })
      this.card = el('div', {
        class: 'card',
        role: 'region',
        'aria-label': 'Source',
        hidden: '',
        tabindex: '-1',
      })
      this.card.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          this.closeSource()
        }
      })
      this.input = el('input', {
        id: `q-${uid}`,
        name: 'question',
        autocomplete: 'off',
        maxlength: '1000',
      })
      const form = el(
        'form',
        {},
        el('label', { for: `q-${uid}`, text: 'Your question about the negotiations' }),
        this.input,
        el('button', { type: 'submit', class: 'primary', text: 'Ask' })
      )
      this.restart = el('button', {
        type: 'button',
        class: 'restart',
        text: 'New conversation',
        disabled: '',
      })
      this.restart.addEventListener('click', () => this.newConversation())
      form.append(this.restart)
      form.addEventListener('submit', (e) => {
        e.preventDefault()
        this.ask(this.input.value)
      })
      const suggestions = el('div', {
        class: 'suggestions',
        role: 'group',
        'aria-label': 'Suggested questions',
      })
      for (const q of (this.getAttribute('suggestions') ?? '').split('|').filter((s) => s.trim())) {
        const b = el('button', { type: 'button', text: q.trim() })
        b.addEventListener('click', () => this.ask(q.trim()))
        suggestions.append(b)
      }
      this.overview = el(
        'details',
        { class: 'overview' },
        el('summary', { text: 'The negotiation at a glance: who wants what, and when' })
      )
      // Past the overview, straight to asking, for a keyboard user.
      const skip = el('a', { class: 'skip', href: `#q-${uid}`, text: 'Skip to the question' })
      skip.addEventListener('click', (e) => {
        e.preventDefault()
        this.input.focus()
      })
      this.overview.addEventListener('toggle', () => {
        if (this.overview.open) this.loadOverview()
      })
      root.append(
        el('style', { text: STYLE }),
        el(
          'section',
          { 'aria-labelledby': `t-${uid}` },
          el('h2', { id: `t-${uid}`, text: title }),
          this.noticeEl,
          suggestions,
          skip,
          this.overview,
          this.log,
          this.pending,
          this.card,
          form
        )
      )
      this.loadNotice()
    }

    async loadNotice() {
      try {
        const res = await fetch(`${this.endpoint}/v1/documents`)
        const { documents } = await res.json()
        this.documents = new Map(documents.map((d) => [d.id, d]))
        const newest = [...documents]
          .sort((a, b) => a.date.latest.localeCompare(b.date.latest))
          .at(-1)
        const when = newest.dateText.replace(/^Undated; w/, 'undated, w')
        this.noticeEl.textContent = `Answers come only from the dossier’s ${documents.length} article${
          documents.length === 1 ? '' : 's'
        }, quoted word for word; the newest is ${newest.date.stated ? `dated ${when}` : when}.`
      } catch {
        // The notice without the date still says where answers come from.
      }
    }

    /** A quote as the overview lists it: the words, their label, and a source button. */
    quoteItem(item, lead) {
      const li = el('li', {})
      if (lead) li.append(el('span', { class: 'when', text: `${lead}: ` }))
      li.append(`“${item.citation.quote}”`, el('span', { class: 'labels' }, labelChip(item.label)))
      const marker = el('button', {
        type: 'button',
        class: 'marker',
        'aria-label': 'Source: show the quoted passage',
        text: 'Source',
      })
      marker.addEventListener('click', () => this.showSource(item.citation, marker))
      li.append(marker)
      return li
    }

    /**
     * A button that opens a quote's source card. Its accessible name, when given, starts with the
     * text it shows, so a voice command naming what is seen reaches it.
     */
    quoteButton(item, text, name) {
      const b = el('button', { type: 'button', class: 'mark', 'aria-label': name, text })
      b.addEventListener('click', () => this.showSource(item.citation, b))
      return b
    }

    /**
     * Fills the overview from `GET /v1/dossier`, once, when it is first opened: a timeline strip
     * of dated events, a grid of parties against proposals (each mark a button opening the quote
     * that puts it there), then the positions, contested claims and figures as lists, each a
     * section of its own, collapsed.
     */
    async loadOverview() {
      if (this.overviewLoaded) return
      this.overviewLoaded = true
      try {
        const res = await fetch(`${this.endpoint}/v1/dossier`)
        const d = await res.json()
        for (const p of d.passages) this.passages.set(p.id, p)
        const names = new Map(d.parties.map((p) => [p.id, p.name]))
        const today = new Date().toISOString().slice(0, 10)
        const section = (title, ...content) =>
          el('details', { class: 'ov-section' }, el('summary', { text: title }), ...content)

        const strip = el('ol', { class: 'strip' })
        for (const e of d.timeline) {
          const when = `${whenOf(e.date)}${e.date.approximate ? ' (approximate)' : ''}`
          // Upcoming when its article was written; to the reader, perhaps already past.
          const status =
            e.when === 'upcoming'
              ? e.date.end < today
                ? 'upcoming when written, now past'
                : 'upcoming'
              : ''
          const quote = e.citation.quote
          const short = quote.length > 110 ? `${quote.slice(0, 107)}…` : quote
          strip.append(
            el(
              'li',
              { class: e.when === 'upcoming' ? 'event upcoming' : 'event' },
              el('span', { class: 'when', text: when }),
              status ? el('span', { class: 'meta', text: status }) : '',
              // The start of the quote, marked as cut; the card shows it whole and in place.
              this.quoteButton(e, short),
              el('span', { class: 'labels' }, labelChip(e.label))
            )
          )
        }

        // Parties as columns, proposals as rows: a cell holds each quote that puts the party for
        // or against, so "for and against" always shows both quotes.
        const inGrid = [...new Set(d.proposals.flatMap((p) => p.quotes.flatMap((q) => q.parties)))]
        const grid = el('table', { class: 'grid' })
        const head = el('tr', {}, el('th', { scope: 'col', text: 'Proposal' }))
        for (const id of inGrid) head.append(el('th', { scope: 'col', text: names.get(id) ?? id }))
        grid.append(
          el('caption', { class: 'sr-only', text: 'Who is for and against each proposal' }),
          el('thead', {}, head)
        )
        const body = el('tbody', {})
        for (const p of d.proposals) {
          const described = p.quotes.find((q) => q.role === 'describes')
          const title = el('th', { scope: 'row' }, el('strong', { text: p.name }))
          if (described) {
            title.append(
              el('br'),
              this.quoteButton(described, 'What it contains', `What it contains: ${p.name}, quoted`)
            )
          }
          const row = el('tr', {}, title)
          for (const id of inGrid) {
            const cell = el('td', {})
            const quotes = p.quotes.filter((x) => x.role !== 'describes' && x.parties.includes(id))
            // One mark a stance, opening its first quote; "for", "on conditions" and "against"
            // all show when the party takes each.
            const onConditions = (q) => (q.conditional ?? []).includes(id)
            for (const [stance, takes] of [
              ['For', (q) => q.role === 'backs' && !onConditions(q)],
              ['On conditions', (q) => q.role === 'backs' && onConditions(q)],
              ['Against', (q) => q.role === 'objects'],
            ]) {
              const these = quotes.filter(takes)
              const first = these[0]
              if (!first) continue
              const who = names.get(id) ?? id
              const shown = these.length > 1 ? `${stance} (${these.length})` : stance
              const name = `${shown}: ${who} on ${p.name}; open the first quote`
              cell.append(this.quoteButton(first, shown, name))
            }
            row.append(cell)
          }
          body.append(row)
        }
        grid.append(body)

        const parties = el('ul', {})
        for (const party of d.parties.filter((p) => p.positions.length > 0)) {
          const list = el('ul', {})
          for (const pos of party.positions)
            list.append(this.quoteItem(pos, POSITION_KINDS[pos.kind]))
          parties.append(el('li', {}, el('strong', { text: party.name }), list))
        }
        const contested = el('ul', {})
        for (const c of d.contested) {
          const li = this.quoteItem(c)
          for (const r of c.reasons)
            li.append(el('p', { class: 'meta', text: `Why contested: ${r}` }))
          contested.append(li)
        }
        const figures = el('ul', {})
        for (const f of d.figures) {
          const who = f.attribution ? `reported by ${f.attribution}` : 'the article’s own figure'
          figures.append(this.quoteItem(f, `${f.text} ${f.counts} (${who})`))
        }
        const timeline = section('Timeline', el('div', { class: 'strip-wrap' }, strip))
        timeline.open = true
        const table = section(
          'Who is for and against each proposal',
          el('div', { class: 'grid-wrap' }, grid)
        )
        table.open = true
        this.overview.append(
          timeline,
          table,
          section('What each party wants, refuses, offers', parties),
          section('Contested claims', contested),
          section('Figures', figures)
        )
      } catch {
        this.overviewLoaded = false
        this.overview.append(el('p', { class: 'error', text: 'The overview could not be loaded.' }))
      }
    }

    /**
     * Brings a new answer into view. A follow-up's answer takes the focus, since the button that
     * asked is now far above; a typed question leaves focus in the input, just below the answer.
     */
    show(turn, followUp) {
      if (followUp) {
        turn.setAttribute('tabindex', '-1')
        turn.focus({ preventScroll: true })
        turn.scrollIntoView({ block: 'start' })
      } else {
        turn.scrollIntoView({ block: 'nearest' })
      }
    }

    async ask(question, { followUp = false } = {}) {
      const q = question.trim()
      if (!q) return
      this.input.value = ''
      this.pending.hidden = false
      this.pending.textContent = 'Looking in the dossier…'
      let streamed = ''
      try {
        const res = await fetch(`${this.endpoint}/v1/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ question: q, history: this.history.slice(-10), stream: true }),
        })
        if (!res.ok || !res.body) {
          const problem = await res.json().catch(() => ({}))
          throw new Error(problem.detail || `The service answered ${res.status}.`)
        }
        await readEvents(res.body, (name, data) => {
          if (name === 'passages') for (const p of data) this.passages.set(p.id, p)
          else if (name === 'text') {
            streamed += data.text
            this.pending.textContent = streamed
          } else if (name === 'done') {
            this.history.push({ question: q, answerId: data.id })
            this.restart.disabled = false
            this.show(this.render(q, data), followUp)
          } else if (name === 'error') throw new Error(data.detail || 'The answer failed.')
        })
      } catch (err) {
        this.log.append(
          el(
            'div',
            { class: 'turn' },
            el('p', { class: 'question', text: q }),
            el('p', { class: 'error', text: `No answer: ${err.message}` })
          )
        )
      } finally {
        this.pending.hidden = true
        this.pending.textContent = ''
      }
    }

    render(question, answer) {
      for (const p of answer.passages) this.passages.set(p.id, p)
      const turn = el('article', { class: 'turn' }, el('p', { class: 'question', text: question }))
      if (answer.coverage === 'not_in_corpus') turn.dataset.coverage = 'not_in_corpus'
      const headings = new Map(
        (answer.scenario?.groups ?? []).map((g) => [
          g.segments[0],
          `${g.partyName ?? 'Not tied to one party'} · ${KINDS[g.kind] ?? g.kind}`,
        ])
      )
      const marker = (c) => {
        const n = ++this.markers
        const who = c.attribution ? `${c.attribution}; ` : ''
        const b = el('button', {
          type: 'button',
          class: 'marker',
          title: c.attribution ? `Who says it: ${c.attribution}` : 'No source named',
          'aria-label': `Source ${n}: ${who}show the quoted passage`,
          text: `[${n}]`,
        })
        b.addEventListener('click', () => this.showSource(c, b))
        return b
      }
      const chips = (seg) => {
        const labels = el('span', { class: 'labels' })
        for (const l of seg.labels) labels.append(labelChip(l))
        return labels
      }
      // A model answer reads as prose: its sentences run on in one paragraph, each followed by
      // its labels and its citation markers, once; warnings follow the paragraph.
      let prose = null
      const warnings = []
      for (const [i, seg] of answer.segments.entries()) {
        if (answer.mode === 'model' && seg.kind === 'text') {
          if (!prose) {
            prose = el('p', { class: 'prose' })
            turn.append(prose)
          }
          const sentence = el('span', { class: 'sentence' }, seg.text)
          if (seg.labels.length) sentence.append(chips(seg))
          const first = this.markers + 1
          for (const c of seg.citations) sentence.append(marker(c))
          prose.append(sentence, ' ')
          // A warning names the sentence by its markers, which every cited sentence has.
          const marks = Array.from(
            { length: this.markers - first + 1 },
            (_, k) => `[${first + k}]`
          ).join('')
          for (const w of seg.warnings ?? []) warnings.push(`${marks}: ${w}`)
          continue
        }
        prose = null
        if (headings.has(i)) turn.append(el('h3', { class: 'group', text: headings.get(i) }))
        const body =
          seg.kind === 'quote'
            ? el('blockquote', { text: seg.text })
            : el('p', { class: seg.kind === 'notice' ? 'seg-notice' : '', text: seg.text })
        const wrap = el('div', { class: `seg seg-${seg.kind}` }, body)
        if (seg.labels.length) wrap.append(chips(seg))
        for (const c of seg.citations) wrap.append(marker(c))
        for (const w of seg.warnings ?? [])
          wrap.append(el('p', { class: 'degraded', text: `Warning: ${w}` }))
        turn.append(wrap)
      }
      for (const w of warnings) turn.append(el('p', { class: 'degraded', text: `Warning on ${w}` }))
      if (answer.degraded) {
        turn.append(
          el('p', {
            class: 'degraded',
            text: `${DEGRADED[answer.degraded.reason] ?? DEGRADED.timeout} These are the dossier’s own sentences.`,
          })
        )
      }
      const fresh = [...new Set(answer.segments.flatMap((seg) => seg.labels))].filter(
        (l) => LABELS[l] && !this.explained.has(l)
      )
      if (fresh.length) {
        const legend = el('p', { class: 'legend' })
        for (const l of fresh) {
          this.explained.add(l)
          legend.append(labelChip(l), ` ${LABELS[l][2]} `)
        }
        turn.append(legend)
      }
      if (answer.sources?.length) turn.append(this.sources(answer.sources))
      turn.append(this.feedback(answer))
      if (answer.followUps?.length) {
        const more = el(
          'div',
          { class: 'follow-ups', role: 'group', 'aria-label': 'Follow-up questions' },
          el('p', { text: 'The dossier can also answer:' })
        )
        for (const q of answer.followUps) {
          const b = el('button', { type: 'button', text: q })
          b.addEventListener('click', () => this.ask(q, { followUp: true }))
          more.append(b)
        }
        turn.append(more)
      }
      this.log.append(turn)
      return turn
    }

    /** The documents an answer quotes: title, publisher, date as a reader reads it, link. */
    sources(sources) {
      const list = el('ul', {})
      for (const s of sources) {
        const title = s.url
          ? el('a', { href: s.url, rel: 'noopener', target: '_blank', text: s.title })
          : el('cite', { text: s.title })
        const meta = [s.publisher ?? 'publisher not stated', s.dateText].join(' · ')
        list.append(el('li', {}, title, el('span', { class: 'meta', text: ` — ${meta}` })))
      }
      return el(
        'div',
        { class: 'sources' },
        el('p', { class: 'sources-title', text: 'Sources' }),
        list
      )
    }

    /** "Helpful / Not helpful / Report a problem" for one answer, posted to /v1/feedback. */
    feedback(answer) {
      const status = el('p', { class: 'feedback-status', role: 'status' })
      const buttons = el('div', { class: 'feedback-buttons' })
      const box = el('div', {
        class: 'feedback',
        role: 'group',
        'aria-label': 'Feedback on this answer',
      })
      const send = async (helpful, comment) => {
        status.textContent = 'Sending…'
        try {
          const res = await fetch(`${this.endpoint}/v1/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ answerId: answer.id, helpful, ...(comment && { comment }) }),
          })
          if (!res.ok) {
            const problem = await res.json().catch(() => ({}))
            throw new Error(problem.detail || `The service answered ${res.status}.`)
          }
          buttons.remove()
          report.remove()
          status.textContent = 'Thank you: your feedback is recorded.'
          // The button that had focus is gone: keep the keyboard user's place.
          status.setAttribute('tabindex', '-1')
          status.focus()
        } catch (err) {
          status.textContent = `Feedback could not be sent: ${err.message}`
        }
      }
      const uid = Math.random().toString(36).slice(2)
      const comment = el('textarea', { id: `fb-${uid}`, maxlength: '2000', rows: '3' })
      const report = el(
        'form',
        { class: 'feedback-report', hidden: '' },
        el('label', {
          for: `fb-${uid}`,
          text: 'What was wrong? (optional, up to 2,000 characters)',
        }),
        comment,
        el('button', { type: 'submit', text: 'Send report' })
      )
      report.addEventListener('submit', (e) => {
        e.preventDefault()
        send(false, comment.value.trim())
      })
      const button = (text, onClick) => {
        const b = el('button', { type: 'button', text })
        b.addEventListener('click', onClick)
        return b
      }
      buttons.append(
        el('span', { text: 'Was this answer helpful? ' }),
        button('Helpful', () => send(true)),
        button('Not helpful', () => send(false)),
        button('Report a problem', () => {
          report.hidden = false
          comment.focus()
        })
      )
      box.append(buttons, report, status)
      return box
    }

    async passage(id) {
      if (!this.passages.has(id)) {
        const res = await fetch(`${this.endpoint}/v1/passages/${encodeURIComponent(id)}`)
        if (res.ok) this.passages.set(id, await res.json())
      }
      return this.passages.get(id)
    }

    /** Opens the source card just below the block holding `opener`, the button clicked. */
    async showSource(citation, opener) {
      const p = await this.passage(citation.passageId)
      if (!p) return
      if (opener && opener !== this.cardOpener && !this.card.contains(opener)) {
        this.cardOpener = opener
        // Below the block the marker is in; inside a list item, since a list holds only items.
        const item = opener.closest('li')
        if (item) item.append(this.card)
        else (opener.closest('.seg, p.prose') ?? opener).after(this.card)
      }
      const start = citation.start ?? 0
      const end = citation.end ?? 0
      const text = el(
        'p',
        {},
        p.text.slice(0, start),
        el('mark', { text: p.text.slice(start, end) }),
        p.text.slice(end)
      )
      const close = el('button', { type: 'button', text: 'Close source' })
      close.addEventListener('click', () => this.closeSource())
      const doc = this.documents?.get(p.documentId)
      const dated = doc?.dateText ?? ''
      const parts = [
        el('h3', { text: `Source: ${doc?.title ?? p.documentId}` }),
        el('p', {
          class: 'meta',
          text: [dated, p.attribution ? `Who says it: ${p.attribution}` : 'No source named']
            .filter(Boolean)
            .join(' · '),
        }),
        el('p', {}, labelChip(p.status), ` ${LABELS[p.status]?.[2] ?? ''}`),
        text,
      ]
      if (p.status === 'contested') {
        for (const r of p.reasons ?? [])
          parts.push(el('p', { class: 'meta', text: `Why contested: ${r}` }))
        for (const other of p.conflictsWith ?? []) {
          const b = el('button', { type: 'button', text: 'See the passage it conflicts with' })
          b.addEventListener('click', () =>
            this.showSource({ passageId: other, start: 0, end: 0 }, b)
          )
          parts.push(b)
        }
      }
      parts.push(close)
      this.card.replaceChildren(...parts)
      this.card.hidden = false
      this.card.focus()
    }

    /** Forgets the conversation: its answers, what follow-ups lean on, the markers' count. */
    newConversation() {
      this.history = []
      this.markers = 0
      this.explained.clear()
      this.card.hidden = true
      this.cardOpener = null
      this.pending.after(this.card)
      this.log.replaceChildren()
      this.restart.disabled = true
      this.input.focus()
    }

    /** Closes the source card and gives the focus back to the marker that opened it. */
    closeSource() {
      this.card.hidden = true
      this.cardOpener?.focus()
      this.cardOpener = null
    }
  }

  customElements.define('verbatim-chat', VerbatimChat)
})()
