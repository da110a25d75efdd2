/**
 * A recording CardService: every builder keeps what was set on it, and `build()` gives a plain
 * JSON-like object to assert on. It refuses what Apps Script refuses (a card without a section,
 * an input without a field name, an action without a function, non-string action parameters, a
 * compose response without a draft, markup outside the few tags a card reads), and
 * `checkResponse` refuses what Gmail refuses from a callback (a card from a compose action), so a
 * handler that would fail in Gmail fails here.
 */
export type Built = { kind: string; [field: string]: unknown };

const enums = {
  ComposedEmailType: { REPLY_AS_DRAFT: 'REPLY_AS_DRAFT', STANDALONE_DRAFT: 'STANDALONE_DRAFT' },
  ContentType: { TEXT: 'TEXT', MUTABLE_HTML: 'MUTABLE_HTML', IMMUTABLE_HTML: 'IMMUTABLE_HTML' },
  UpdateDraftBodyType: { IN_PLACE_INSERT: 'IN_PLACE_INSERT', INSERT_AT_START: 'INSERT_AT_START', INSERT_AT_END: 'INSERT_AT_END' },
  SelectionInputType: { CHECK_BOX: 'CHECK_BOX', RADIO_BUTTON: 'RADIO_BUTTON', SWITCH: 'SWITCH', DROPDOWN: 'DROPDOWN', MULTI_SELECT: 'MULTI_SELECT' },
  TextButtonStyle: { OUTLINED: 'OUTLINED', TEXT: 'TEXT', FILLED: 'FILLED', FILLED_TONAL: 'FILLED_TONAL', BORDERLESS: 'BORDERLESS' },
  LoadIndicator: { SPINNER: 'SPINNER', NONE: 'NONE' },
  OpenAs: { FULL_SIZE: 'FULL_SIZE', OVERLAY: 'OVERLAY' },
  OnClose: { NOTHING: 'NOTHING', RELOAD: 'RELOAD' },
  ImageStyle: { SQUARE: 'SQUARE', CIRCLE: 'CIRCLE' },
  HorizontalAlignment: { START: 'START', CENTER: 'CENTER', END: 'END' },
} as const;

const kinds = [
  'Action', 'ActionResponseBuilder', 'ButtonSet', 'CardBuilder', 'CardHeader', 'CardSection', 'ComposeActionResponseBuilder',
  'DatePicker', 'DecoratedText', 'Divider', 'FixedFooter', 'Navigation', 'Notification', 'SelectionInput', 'TextButton',
  'TextInput', 'TextParagraph', 'UniversalActionResponseBuilder', 'UpdateDraftActionResponseBuilder', 'UpdateDraftBodyAction',
  'UpdateDraftSubjectAction', 'UpdateDraftToRecipientsAction', 'OpenLink',
] as const;

const builtKind: Record<string, string> = {
  CardBuilder: 'Card',
  ActionResponseBuilder: 'ActionResponse',
  ComposeActionResponseBuilder: 'ComposeActionResponse',
  UpdateDraftActionResponseBuilder: 'UpdateDraftActionResponse',
  UniversalActionResponseBuilder: 'UniversalActionResponse',
};

const marker = Symbol('fake-builder');
type Node = { [marker]: true; kind: string; fields: Record<string, unknown> };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
}

function toJson(value: unknown): unknown {
  if (isNode(value)) {
    check(value);
    const out: Built = { kind: value.kind };
    for (const [key, field] of Object.entries(value.fields)) out[key] = toJson(field);
    return out;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, toJson(field)]));
  }
  return value;
}

function fail(message: string): never {
  throw new Error(message);
}

/**
 * The text fields Gmail reads as HTML, and the only tags it renders there ("Card text formatting",
 * https://developers.google.com/workspace/add-ons/concepts/widgets#text_formatting: <b>, <i>, <u>,
 * <s>, <font color>, <a href>, <br>). Anything else a client or a user wrote must reach them
 * escaped: a stray "<" or "&" is refused here rather than left for Gmail to interpret.
 */
const markupFields: Record<string, readonly string[]> = { TextParagraph: ['text'], DecoratedText: ['text', 'topLabel', 'bottomLabel'] };
const allowedTag = /<\/?(?:b|i|u|s|br|font|a)(?:\s[^<>]*)?>/gi;
const strayMarkup = /[<>]|&(?!(?:amp|lt|gt|quot|#\d+);)/;

function checkMarkup(node: Node): void {
  for (const field of markupFields[node.kind] ?? []) {
    const value = node.fields[field];
    if (typeof value !== 'string') continue;
    const stray = strayMarkup.exec(value.replace(allowedTag, ''));
    if (stray) fail(`${node.kind}.${field} holds unescaped markup (${stray[0]}): ${value}`);
  }
}

/** What CardService itself rejects. */
function check(node: Node): void {
  const f = node.fields;
  checkMarkup(node);
  switch (node.kind) {
    case 'TextInput':
    case 'DatePicker':
    case 'SelectionInput':
      if (!f.fieldName) fail(`${node.kind} must have a field name.`);
      break;
    case 'Action':
      if (!f.functionName) fail('Action must have a function name.');
      break;
    case 'TextButton':
      if (!f.text) fail('TextButton must have text.');
      if (!f.onClickAction && !f.composeAction && !f.openLink && !f.onClickOpenLinkAction) fail('TextButton must have an action.');
      break;
    case 'CardSection':
      if (!Array.isArray(f.widgets) || f.widgets.length === 0) fail('Card section must have at least one widget.');
      // "A section can hold at most 100 widgets" (HOST-FACTS, Gmail: Google's cards reference).
      else if (f.widgets.length > 100) fail('Card section cannot have more than 100 widgets.');
      break;
    case 'Notification':
      if (!f.text) fail('Notification must have text.');
      break;
  }
}

function builder(kind: string, onBuild: (built: Built) => void): Node {
  const node: Node = { [marker]: true, kind, fields: {} };
  const proxy: Node = new Proxy(node, {
    get(target, property) {
      if (property === marker || property === 'kind' || property === 'fields') return target[property as keyof Node];
      if (typeof property !== 'string') return undefined;
      if (property === 'build') {
        return () => {
          const built = finish(target);
          onBuild(built);
          return built;
        };
      }
      if (property === 'printJson') return () => JSON.stringify(toJson(target));
      return (...args: unknown[]) => {
        record(target, property, args);
        return proxy;
      };
    },
  });
  return proxy;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function record(node: Node, method: string, args: unknown[]): void {
  const f = node.fields;
  const push = (list: string, value: unknown) => {
    f[list] = [...((f[list] as unknown[] | undefined) ?? []), value];
  };
  if (node.kind === 'Navigation') return push('steps', { [method]: args[0] === undefined ? true : toJson(args[0]) });
  if (method === 'setParameters') {
    const parameters = args[0] as Record<string, unknown>;
    for (const [key, value] of Object.entries(parameters)) if (typeof value !== 'string') fail(`Action parameter ${key} must be a string.`);
    f.parameters = { ...parameters };
    return;
  }
  if (method === 'setComposeAction') {
    f.composeAction = { action: args[0], composedEmailType: args[1] };
    return;
  }
  // UniversalActionResponseBuilder.displayAddOnCards(cards): the cards Gmail shows (developers.google.com/apps-script/reference/card-service/universal-action-response-builder).
  if (method === 'displayAddOnCards') {
    f.cards = args[0];
    return;
  }
  if (method === 'addItem') return push('items', { text: args[0], value: args[1], selected: args[2] });
  if (method === 'addUpdateContent') return push('contents', { content: args[0], contentType: args[1] });
  if (method === 'addUpdateSubject') {
    f.subject = args[0];
    return;
  }
  if (method.startsWith('add')) return push(`${lowerFirst(method.slice(3))}s`, args[0]);
  if (method.startsWith('set')) {
    f[lowerFirst(method.slice(3))] = args[0];
    return;
  }
  fail(`CardService fake: ${node.kind}.${method} is not supported`);
}

function finish(node: Node): Built {
  const json = toJson({ ...node, [marker]: true, kind: builtKind[node.kind] ?? node.kind }) as Built;
  const f = json;
  switch (json.kind) {
    case 'Card':
      if (!Array.isArray(f.sections) || f.sections.length === 0) fail('Card must have at least one section.');
      break;
    case 'ComposeActionResponse':
      if (!f.gmailDraft) fail('ComposeActionResponse must have a draft.');
      break;
    case 'UpdateDraftActionResponse':
      if (!f.updateDraftBodyAction && !f.updateDraftSubjectAction && !f.updateDraftToRecipientsAction) fail('UpdateDraftActionResponse must update something.');
      break;
    case 'UniversalActionResponse':
      if ((!Array.isArray(f.cards) || f.cards.length === 0) && !f.openLink) fail('UniversalActionResponse must display cards or open a link.');
      break;
    case 'ActionResponse':
      if (!f.navigation && !f.notification && !f.openLink && !f.stateChanged) fail('ActionResponse must do something.');
      break;
  }
  return json;
}

/**
 * What Gmail accepts from the callback of a button, by how the button is wired. A compose action
 * "must return a ComposeActionResponse" that opens the draft it made ("Compose draft messages",
 * https://developers.google.com/workspace/add-ons/gmail/gmail-actions; the Apps Script reference of
 * ComposeActionResponse: "the response object that may be returned from a callback method for
 * compose action"): a card, or an action response pushing one, is refused. An ordinary action
 * answers with an ActionResponse, or in the compose window an UpdateDraftActionResponse
 * ("Extending the compose UI": widgets that update the draft return one).
 */
export function checkResponse(button: Built, response: unknown): void {
  const kind = (response as Built | undefined)?.kind;
  if (button.composeAction) {
    if (kind !== 'ComposeActionResponse') fail(`a compose action must return a ComposeActionResponse, not ${kind ?? String(response)}`);
    return;
  }
  if (kind !== 'ActionResponse' && kind !== 'UpdateDraftActionResponse') fail(`an action must return an ActionResponse, not ${kind ?? String(response)}`);
}

export type FakeCardService = GoogleAppsScript.Card_Service.CardService & { built: Built[] };

export function fakeCardService(): FakeCardService {
  const built: Built[] = [];
  const service: Record<string, unknown> = { ...enums, built };
  for (const kind of kinds) service[`new${kind}`] = () => builder(kind, (result) => built.push(result));
  return service as unknown as FakeCardService;
}

/** A built card or response as what the user reads: every piece of text in it, in order. */
export function textOf(value: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.entries(node).forEach(([key, field]) => (key === 'kind' || key === 'gmailDraft' ? undefined : visit(field)));
  };
  visit(value);
  return parts.join('\n');
}

/** Every object of a kind inside a built card or response. */
export function findAll(value: unknown, kind: string): Built[] {
  const found: Built[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if ((node as Built).kind === kind) found.push(node as Built);
      Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return found;
}

export function button(value: unknown, text: string): Built {
  const match = findAll(value, 'TextButton').find((candidate) => candidate.text === text);
  if (!match) throw new Error(`no button "${text}" in:\n${textOf(value)}`);
  return match;
}

export function input(value: unknown, fieldName: string): Built | undefined {
  return [...findAll(value, 'TextInput'), ...findAll(value, 'DatePicker'), ...findAll(value, 'SelectionInput')].find((candidate) => candidate.fieldName === fieldName);
}

/** The card an action response shows (pushed or updated). */
export function shownCard(response: unknown): Built {
  const steps = ((response as Built).navigation as Built | undefined)?.steps as Record<string, Built>[] | undefined;
  const step = steps?.[steps.length - 1];
  const card = step?.pushCard ?? step?.updateCard;
  if (!card) throw new Error(`the response shows no card: ${JSON.stringify(response)}`);
  return card;
}
