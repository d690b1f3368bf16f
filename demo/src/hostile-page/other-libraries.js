// Another vendor's custom elements on the same page: one with its own shadow DOM, one that
// renders into the light DOM under the page's styles, and one that puts a Porchlight tracker
// inside its own shadow root (a page builder's "order card" block).

customElements.define(
  'acme-badge',
  class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return
      const root = this.attachShadow({ mode: 'open' })
      root.innerHTML = `<style>
          :host { display: inline-block; }
          span { display: inline-block; padding: 2px 10px; border-radius: 99px; background: #0b7a3b; color: #fff; font: 600 14px/1.6 sans-serif; }
        </style><span part="label"><slot></slot></span>`
    }
  },
)

customElements.define(
  'acme-stars',
  class extends HTMLElement {
    connectedCallback() {
      const rating = Number(this.getAttribute('rating'))
      const stars = '★★★★★☆☆☆☆☆'.slice(5 - Math.round(rating), 10 - Math.round(rating))
      this.textContent = `${stars} ${rating} / 5 (${this.getAttribute('count')} reviews)`
    }
  },
)

customElements.define(
  'acme-order-card',
  class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return
      const root = this.attachShadow({ mode: 'open' })
      root.innerHTML = `<style>
          :host { display: block; max-width: 576px; margin-top: 24px; padding: 16px; border: 2px solid #0b7a3b; }
          h2 { margin: 0 0 12px; font: 600 18px/1.3 sans-serif; color: #0b7a3b; }
        </style><h2></h2>`
      const heading = /** @type {HTMLElement} */ (root.querySelector('h2'))
      heading.textContent = this.getAttribute('heading')
      const tracker = document.createElement('porchlight-tracker')
      tracker.setAttribute('token', this.getAttribute('token') ?? '')
      root.append(tracker)
    }
  },
)
