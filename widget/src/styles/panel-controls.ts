import { css } from 'lit'

/**
 * The text fields, the rows of buttons and the buttons the lazily loaded panels share, so each panel does not
 * carry its own copy. Joined once per shadow root, whichever panel loads first.
 */
export const panelControls = css`
  textarea,
  input:not([type]) {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75em;
    padding: calc(0.5em * var(--_d));
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 3);
    background: var(--_background);
    color: inherit;
    font: inherit;
  }

  :is([part~='chat-input'], [part~='feedback-comment']) {
    resize: vertical;
  }

  .actions,
  .quick-replies {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.5em * var(--_d));
    margin-top: calc(0.75em * var(--_d));
  }

  :is(
      [part~='manage-action'],
      [part~='chat-send'],
      [part~='quick-reply'],
      [part~='chat-action'],
      [part~='feedback-submit'],
      [part~='feedback-edit'],
      [part~='feedback-action']
    ) {
    min-height: 2.75em;
    padding: calc(0.5em * var(--_d)) calc(1em * var(--_d));
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  :is([part~='manage-action'][type='submit'], [part~='chat-send'], [part~='feedback-submit']) {
    background: var(--_accent);
    color: var(--_background);
  }
`
