import { css } from 'lit'

// Joined to the tracker's shadow root when the chat's chunk loads, so the same --porchlight-*
// tokens apply. Every rule is scoped to the chat panel: the root is shared with the tracker's
// and the other panels' rules. Buttons are 44 px high, easy on touch screens, and never under
// 24 px in either direction (WCAG 2.5.8).
export const styles = css`
  [part~='chat-messages'] {
    display: grid;
    gap: calc(0.5em * var(--_d));
    max-height: 20em;
    margin: calc(1em * var(--_d)) 0 0;
    padding: calc(0.25em * var(--_d));
    overflow-y: auto;
    list-style: none;
    overscroll-behavior: contain;
  }

  /* Half the tint of --_line: on --_line itself the muted author and time fall under 4.5:1. */
  [part~='chat-message'] {
    max-width: 85%;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border-radius: calc(var(--_radius) / 1.5);
    background: color-mix(in srgb, var(--_text) 8%, var(--_background));
  }

  [part~='chat-message'].mine {
    justify-self: end;
    border: 1px solid var(--_line);
    background: var(--_background);
  }

  /* Not faded: faded text would lose its contrast. "Sending…" says it; the border shows it. */
  [part~='chat-message'].pending {
    border-style: dashed;
    border-color: var(--_muted);
  }

  [part~='chat-message'] .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(0.5em * var(--_d));
  }

  [part~='chat-message'] .author {
    font-weight: 600;
  }

  [part~='chat-message'] .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  [part~='chat-message'] .meta,
  [part~='chat-panel'] .hint,
  [part~='chat-panel'] .counter,
  [part~='chat-status'] {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part~='chat-panel'] .hint,
  [part~='chat-status'] {
    margin: calc(1em * var(--_d)) 0 0;
  }

  [part~='chat-panel'] .field {
    display: grid;
    gap: calc(0.25em * var(--_d));
    margin-top: calc(1em * var(--_d));
  }

  [part~='chat-panel'] .counter {
    display: block;
    text-align: end;
  }


  [part~='chat-error'] {
    margin: calc(0.75em * var(--_d)) 0 0;
    padding: calc(0.5em * var(--_d)) calc(0.75em * var(--_d));
    border-inline-start: 4px solid var(--_text);
    background: var(--_line);
  }

  [part~='chat-messages']:focus-visible,
  [part~='chat-input']:focus-visible,
  [part~='chat-panel'] button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`
