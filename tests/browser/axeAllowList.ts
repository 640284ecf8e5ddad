/**
 * Serious or critical axe-core violations inside Payload's own admin UI that the newsroom cannot fix
 * (no option, label or description of ours changes them). Each is matched per violating element: the
 * rule id and a CSS selector the element itself matches. Anything else serious or critical fails the
 * browser journey, inside the newsroom's components always, even when an entry here would match.
 * Remove an entry when a Payload upgrade fixes it (the journey logs entries no screen needed).
 */
export interface AxeAllowance {
  rule: string
  selector: string
  reason: string
}

export const PAYLOAD_UI_AXE_ALLOWANCES: readonly AxeAllowance[] = [
  {
    rule: 'aria-hidden-focus',
    selector: '.clear-indicator[aria-hidden="true"], .dropdown-indicator[aria-hidden="true"]',
    reason:
      "Payload's select and relationship inputs (react-select): the clear and open indicators are aria-hidden yet focusable buttons.",
  },
  {
    rule: 'label',
    selector: 'input.rs__input, input[id^="react-select-"]',
    reason:
      "Payload's select and relationship inputs: the visible <label for=field-…> points at a wrapper, not at react-select's generated input.",
  },
  {
    rule: 'label-title-only',
    selector: 'input.rs__input, input[id^="react-select-"], #select-all',
    reason:
      "Payload's select inputs and the list view's select-all checkbox are named by a title attribute only.",
  },
  {
    rule: 'label',
    selector: '.react-datepicker__input-container input',
    reason:
      "Payload's date field (react-datepicker): its text input is not tied to the field label.",
  },
  {
    rule: 'label',
    selector: 'td input[type="checkbox"][aria-label=""]',
    reason: "Payload's list view: each row's selection checkbox has an empty aria-label.",
  },
  {
    rule: 'button-name',
    selector: '.popup-button',
    reason:
      'Payload\'s icon-only "more" menus (document controls, array header actions) have no accessible name.',
  },
  {
    rule: 'button-name',
    selector: '.date-time-picker__clear-button',
    reason: "Payload's date field: the icon-only clear button has no accessible name.",
  },

  {
    rule: 'aria-input-field-name',
    selector: '.ContentEditable__root',
    reason:
      "Payload's Lexical rich text editor: the contenteditable role=textbox is not named by the field label.",
  },
  {
    rule: 'aria-command-name',
    selector: '.collapsible__drag',
    reason: "Payload's array rows: the drag handle (role=button) has no accessible name.",
  },
  {
    rule: 'nested-interactive',
    selector: '.rs__multi-value',
    reason:
      "Payload's has-many text field (story keyMetrics): each value pill is focusable and holds its remove button.",
  },
  {
    rule: 'list',
    selector: '.doc-tabs__tabs',
    reason:
      "Payload's document tabs (Edit, Versions, API): the <ul> holds elements other than <li>.",
  },
  {
    rule: 'label-content-name-mismatch',
    selector: 'a[aria-label="Versions"]',
    reason: "Payload's Versions tab: its aria-label leaves out the visible version count.",
  },
  {
    rule: 'label-content-name-mismatch',
    selector: 'a[aria-label="Versionen"]',
    reason: "The same tab in Payload's German (the journey's German screens).",
  },
  {
    rule: 'color-contrast',
    selector: '.sort-column__label .field-label',
    reason: "Payload's list view column headings are grey on grey (theme colours).",
  },
  {
    rule: 'color-contrast',
    selector: '.LexicalEditorTheme__placeholder',
    reason: 'Payload\'s Lexical placeholder text ("Start typing…") is light grey by design.',
  },
  {
    rule: 'color-contrast',
    selector: '.multi-value-label__text',
    reason: "Payload's has-many text values, greyed when the field is read-only for this user.",
  },
  {
    rule: 'color-contrast',
    selector: '.array-field__add-row .btn__label',
    reason: 'Payload\'s dashed "Add row" button label (theme colour).',
  },
]
