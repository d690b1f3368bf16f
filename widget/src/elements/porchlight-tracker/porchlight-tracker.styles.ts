import { css } from 'lit'
import { tokens } from '../../styles/tokens.ts'

// `all: initial` on :host: nothing inherits in from the page, so only --porchlight-* and
// ::part() theme the tracker; `color-scheme` is taken back so light-dark() follows the page.
// The min-height reserves the box before the first byte arrives: no layout shift when data lands.
export const styles = [
  tokens,
  css`
    :host {
      all: initial;
      color-scheme: inherit;
      display: block;
      contain: content;
      min-height: 18rem;
      font-family: var(--_font);
      font-size: 1rem;
      line-height: 1.45;
      color: var(--_text);
    }

    :host([hidden]) {
      display: none;
    }

    [part~='root'] {
      box-sizing: border-box;
      min-height: inherit;
      padding: 1.25rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_background);
    }

    .retailer,
    [part~='reconnecting'],
    .stale,
    dt,
    time,
    .note {
      color: var(--_muted);
      font-size: 0.875rem;
    }

    p,
    dl,
    dd,
    ol {
      margin: 0;
    }

    .topline {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
    }

    [part~='status'] {
      margin: 0.125rem 0 1rem;
      font-size: 1.375rem;
      line-height: 1.25;
    }

    [part~='reconnecting']::before {
      content: '';
      display: inline-block;
      width: 0.5rem;
      height: 0.5rem;
      margin-inline-end: 0.375rem;
      border-radius: 50%;
      background: var(--_muted);
    }

    [part~='eta'] {
      margin-bottom: 0.75rem;
    }

    [part~='route-strip'] {
      display: block;
      width: 100%;
      max-width: 20rem;
      height: auto;
      margin-bottom: 1rem;
    }

    .road {
      stroke: var(--_line);
      stroke-width: 3;
      stroke-linecap: round;
    }

    .road.more {
      stroke-dasharray: 1 6;
    }

    .stop {
      fill: var(--_background);
      stroke: var(--_muted);
      stroke-width: 2;
    }

    .driver {
      fill: var(--_accent);
    }

    .driver-core {
      fill: var(--_background);
    }

    .home {
      fill: var(--_text);
    }

    [part~='window'] {
      display: grid;
      gap: 0.75rem;
      padding-bottom: 1rem;
      border-bottom: 1px solid var(--_line);
    }

    dd {
      font-weight: 600;
    }

    [part~='timeline'] {
      list-style: none;
      padding: 1rem 0 0;
      display: grid;
      gap: 0.75rem;
    }

    [part~='timeline-item'] {
      position: relative;
      padding-inline-start: 1.25rem;
    }

    [part~='timeline-item']::before {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      top: 0.45em;
      width: 0.5rem;
      height: 0.5rem;
      border-radius: 50%;
      background: var(--_line);
    }

    [part~='timeline-item']:first-child::before {
      background: var(--_accent);
    }

    .label {
      display: block;
      font-weight: 600;
    }

    [part~='error'],
    [part~='message'] {
      display: grid;
      align-content: center;
      justify-items: start;
      gap: 1rem;
    }

    [part~='button'] {
      font: inherit;
      font-weight: 600;
      padding: 0.5rem 1rem;
      border: 0;
      border-radius: calc(var(--_radius) / 2);
      background: var(--_accent);
      color: var(--_background);
      cursor: pointer;
    }

    [part~='button']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }

    .manage,
    .chat {
      padding: 1rem 0;
      border-bottom: 1px solid var(--_line);
    }

    [part~='manage-panel']:focus-visible,
    [part~='chat-panel']:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 4px;
    }

    [part~='chat-badge'] {
      padding: 0 0.5em;
      border-radius: 1em;
      background: var(--_background);
      color: var(--_accent);
    }

    .bone {
      height: 1rem;
      margin-bottom: 1rem;
      border-radius: 0.25rem;
      background: var(--_line);
    }

    .bone.heading {
      width: 60%;
      height: 1.75rem;
    }

    .bone.short {
      width: 40%;
    }

    @media (prefers-reduced-motion: no-preference) {
      .bone,
      [part~='reconnecting']::before {
        animation: pulse 1.2s ease-in-out infinite alternate;
      }
    }

    @keyframes pulse {
      to {
        opacity: 0.45;
      }
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
]
