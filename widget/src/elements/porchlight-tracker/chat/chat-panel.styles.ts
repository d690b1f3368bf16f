import { css } from 'lit'

// Joined to the tracker's shadow root when the chat's chunk loads, so the same --porchlight-*
// tokens apply. Every rule is scoped to the chat panel: the root is shared with the tracker's
// and the other panels' rules. Buttons are 44 px high, easy on touch screens, and never under
// 24 px in either direction (WCAG 2.5.8).
export const styles = css`
  [part~='chat-messages'] {
    display: grid;
    gap: 0.5rem;
    max-height: 20rem;
    margin: 1rem 0 0;
    padding: 0.25rem;
    overflow-y: auto;
    list-style: none;
    overscroll-behavior: contain;
  }

  [part~='chat-message'] {
    max-width: 85%;
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_line);
  }

  [part~='chat-message'].mine {
    justify-self: end;
    border: 1px solid var(--_line);
    background: var(--_background);
  }

  [part~='chat-message'].pending {
    opacity: 0.7;
  }

  [part~='chat-message'] .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
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
    font-size: 0.875rem;
  }

  [part~='chat-panel'] .hint,
  [part~='chat-status'] {
    margin: 1rem 0 0;
  }

  [part~='chat-panel'] .field {
    display: grid;
    gap: 0.25rem;
    margin-top: 1rem;
  }

  [part~='chat-panel'] .counter {
    display: block;
    text-align: end;
  }


  [part~='chat-error'] {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
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
