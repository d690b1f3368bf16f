import { css } from 'lit'
import { tokens } from '../../styles/tokens.ts'

// The page may style the element's own box (its width, margins, even `display`), and a page's
// `* { … }` rule reaches it whatever :host says. So the tracker's look starts from nothing in
// `.frame`, which no page selector matches: `all: initial` drops what the element inherited
// from the page, so only --porchlight-* and ::part() theme it; `color-scheme` is taken back so
// light-dark() follows the page. The min-height reserves the box before the first byte arrives:
// no layout shift when data lands.
export const styles = [
  tokens,
  css`
    :host {
      display: block;
      contain: content;
    }

    :host([hidden]) {
      display: none;
    }

    .frame {
      all: initial;
      color-scheme: inherit;
      display: block;
      min-height: 18em;
      font-family: var(--_font);
      font-size: medium;
      line-height: 1.45;
      color: var(--_text);
    }

    [part~='root'] {
      box-sizing: border-box;
      min-height: inherit;
      padding: calc(1.25em * var(--_d));
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
      font-size: 0.875em;
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
      gap: 0 calc(1em * var(--_d));
    }

    [part~='status'] {
      /* In the body text's em, not the heading's own. */
      margin: calc(0.125em / 1.375 * var(--_d)) 0 calc(1em / 1.375 * var(--_d));
      font-size: 1.375em;
      line-height: 1.25;
    }

    [part~='reconnecting']::before {
      content: '';
      display: inline-block;
      width: 0.5em;
      height: 0.5em;
      margin-inline-end: calc(0.375em * var(--_d));
      border-radius: 50%;
      background: var(--_muted);
    }

    [part~='eta'] {
      margin-bottom: calc(0.75em * var(--_d));
    }

    [part~='route-strip'] {
      display: block;
      width: 100%;
      max-width: 20em;
      height: auto;
      margin-bottom: calc(1em * var(--_d));
    }

    /* The driver comes from where the reader's line starts. */
    [part~='route-strip']:dir(rtl) {
      transform: scaleX(-1);
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
      gap: calc(0.75em * var(--_d));
      padding-bottom: calc(1em * var(--_d));
      border-bottom: 1px solid var(--_line);
    }

    dd {
      font-weight: 600;
    }

    [part~='timeline'] {
      list-style: none;
      padding: calc(1em * var(--_d)) 0 0;
      display: grid;
      gap: calc(0.75em * var(--_d));
    }

    [part~='timeline-item'] {
      position: relative;
      padding-inline-start: calc(1.25em * var(--_d));
    }

    [part~='timeline-item']::before {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      top: 0.45em;
      width: 0.5em;
      height: 0.5em;
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
      gap: calc(1em * var(--_d));
    }

    [part~='button'] {
      font: inherit;
      font-weight: 600;
      padding: calc(0.5em * var(--_d)) calc(1em * var(--_d));
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
      padding: calc(1em * var(--_d)) 0;
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
      height: 1em;
      margin-bottom: calc(1em * var(--_d));
      border-radius: 0.25em;
      background: var(--_line);
    }

    .bone.heading {
      width: 60%;
      height: 1.75em;
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
