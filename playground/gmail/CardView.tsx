/**
 * A built card drawn as Gmail lays it out in the side panel: the header (title, subtitle, image),
 * the sections (header, collapsible with "show more", the widgets shown while folded), and each
 * widget: text paragraphs, decorated text (top label, text, bottom label, wrap, button), text
 * inputs, selection inputs (checkboxes, radios, dropdowns, switches), date pickers, button sets
 * (filled or text buttons), dividers, and the fixed footer. A click hands the button and the
 * card's values to `onClick`.
 */
import type { JSX } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Built } from '../fake-gmail/fake-card-service';
import { cardMarkup } from './card-markup';
import { type FieldValue, type FormValues, initialValues, isMultiple, pickerDay } from './card-form';
import type { GmailStrings } from './gmail-strings';

type Item = { text: string; value: string; selected?: boolean };

export type CardViewProps = {
  card: Built;
  strings: GmailStrings;
  busy?: boolean;
  /** The card answers the user's click: focus moves to its title, as the result of the action. */
  takeFocus?: boolean;
  onClick: (button: Built, values: FormValues) => void;
};

export function CardView(props: CardViewProps) {
  const { card, strings } = props;
  const [values, setValues] = useState<FormValues>(() => initialValues(card));
  const id = useId();
  const set = (name: string, value: FieldValue) => setValues((current) => ({ ...current, [name]: value }));
  const context: WidgetContext = { values, set, strings, id, busy: props.busy === true, click: (button) => props.onClick(button, values) };
  const header = card.header as Built | undefined;
  const footer = card.fixedFooter as Built | undefined;
  const title = useRef<HTMLHeadingElement>(null);
  // A layout effect, not an effect: focus moves in the same frame as the card is drawn, so a Tab
  // pressed as soon as the card shows starts from its title (an effect runs after paint, and could
  // pull the focus back to the title after the user had already tabbed on).
  useLayoutEffect(() => {
    if (props.takeFocus) title.current?.focus();
  }, [props.takeFocus]);
  return (
    <article class="gcard" aria-busy={props.busy === true} data-card={(card.name as string | undefined) ?? ''}>
      {header && (
        <header class="gcard-header">
          {typeof header.imageUrl === 'string' && <img src={header.imageUrl} alt={(header.imageAltText as string | undefined) ?? ''} />}
          <div>
            <h2 ref={title} tabIndex={-1}>
              {header.title as string}
            </h2>
            {typeof header.subtitle === 'string' && <p class="gcard-subtitle">{header.subtitle}</p>}
          </div>
        </header>
      )}
      {((card.sections as Built[] | undefined) ?? []).map((section, index) => (
        <SectionView key={index} section={section} index={index} context={context} />
      ))}
      {footer && (
        <footer class="gcard-footer">
          {[footer.primaryButton, footer.secondaryButton].filter(Boolean).map((button, index) => (
            <ButtonView key={index} button={button as Built} context={context} filled={index === 0} />
          ))}
        </footer>
      )}
    </article>
  );
}

type WidgetContext = {
  values: FormValues;
  set: (name: string, value: FieldValue) => void;
  strings: GmailStrings;
  id: string;
  busy: boolean;
  click: (button: Built) => void;
};

function SectionView(props: { section: Built; index: number; context: WidgetContext }) {
  const { section, context } = props;
  const widgets = (section.widgets as Built[] | undefined) ?? [];
  const collapsible = section.collapsible === true;
  const [open, setOpen] = useState(!collapsible);
  const shown = open ? widgets : widgets.slice(0, (section.numUncollapsibleWidgets as number | undefined) ?? 0);
  const bodyId = `${context.id}-s${props.index}`;
  const header = section.header as string | undefined;
  // Folded widgets stay in the page, hidden, so what the user typed in them is kept and sent.
  return (
    <section class="gsection" aria-label={header ? undefined : context.strings.section(props.index + 1)}>
      {header && <h3 class="gsection-header">{cardMarkup(header)}</h3>}
      <div id={bodyId}>
        {widgets.map((widget, index) => (
          <div key={index} class="gwidget" hidden={!shown.includes(widget)}>
            <WidgetView widget={widget} context={context} />
          </div>
        ))}
      </div>
      {collapsible && (
        <button type="button" class="gsection-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? context.strings.showLess : context.strings.showMore}
        </button>
      )}
    </section>
  );
}

function WidgetView(props: { widget: Built; context: WidgetContext }): JSX.Element | null {
  const { widget, context } = props;
  switch (widget.kind) {
    case 'TextParagraph':
      return <p class="gparagraph">{cardMarkup((widget.text as string | undefined) ?? '')}</p>;
    case 'DecoratedText':
      return <DecoratedTextView widget={widget} context={context} />;
    case 'TextInput':
      return <TextInputView widget={widget} context={context} />;
    case 'DatePicker':
      return <DatePickerView widget={widget} context={context} />;
    case 'SelectionInput':
      return <SelectionView widget={widget} context={context} />;
    case 'ButtonSet':
      return (
        <div class="gbuttons">
          {((widget.buttons as Built[] | undefined) ?? []).map((button, index) => (
            <ButtonView key={index} button={button} context={context} filled={button.textButtonStyle === 'FILLED'} />
          ))}
        </div>
      );
    case 'TextButton':
      return <ButtonView button={widget} context={context} filled={widget.textButtonStyle === 'FILLED'} />;
    case 'Divider':
      return <hr class="gdivider" />;
    default:
      return <p class="gunsupported">{context.strings.unsupported(widget.kind)}</p>;
  }
}

function DecoratedTextView(props: { widget: Built; context: WidgetContext }) {
  const { widget, context } = props;
  const button = widget.button as Built | undefined;
  const body = (
    <>
      {typeof widget.topLabel === 'string' && <span class="gtop-label">{cardMarkup(widget.topLabel)}</span>}
      <span class={widget.wrapText === true ? 'gtext wrap' : 'gtext'}>{cardMarkup((widget.text as string | undefined) ?? '')}</span>
      {typeof widget.bottomLabel === 'string' && <span class="gbottom-label">{cardMarkup(widget.bottomLabel)}</span>}
    </>
  );
  return (
    <div class="gdecorated">
      {widget.onClickAction ? (
        <button type="button" class="gdecorated-body clickable" disabled={context.busy} onClick={() => context.click(widget)}>
          {body}
        </button>
      ) : (
        <div class="gdecorated-body">{body}</div>
      )}
      {button && <ButtonView button={button} context={context} filled={button.textButtonStyle === 'FILLED'} />}
    </div>
  );
}

function TextInputView(props: { widget: Built; context: WidgetContext }) {
  const { widget, context } = props;
  const name = widget.fieldName as string;
  const field = context.values[name];
  const value = field && field.kind !== 'list' ? field.value : '';
  const inputId = `${context.id}-${name}`;
  const hintId = `${inputId}-hint`;
  const hint = widget.hint as string | undefined;
  const onInput = (event: Event) => context.set(name, { kind: 'text', value: (event.currentTarget as HTMLInputElement).value });
  return (
    <div class="gfield">
      <label for={inputId}>{(widget.title as string | undefined) ?? name}</label>
      {widget.multiline === true ? (
        <textarea id={inputId} name={name} value={value} rows={3} onInput={onInput} aria-describedby={hint ? hintId : undefined} />
      ) : (
        <input id={inputId} name={name} type="text" value={value} onInput={onInput} aria-describedby={hint ? hintId : undefined} />
      )}
      {hint && (
        <span id={hintId} class="ghint">
          {hint}
        </span>
      )}
    </div>
  );
}

function DatePickerView(props: { widget: Built; context: WidgetContext }) {
  const { widget, context } = props;
  const name = widget.fieldName as string;
  const field = context.values[name];
  const value = field && field.kind !== 'list' ? field.value : pickerDay(widget);
  const inputId = `${context.id}-${name}`;
  return (
    <div class="gfield">
      <label for={inputId}>{(widget.title as string | undefined) ?? name}</label>
      <input id={inputId} name={name} type="date" value={value} onInput={(event) => context.set(name, { kind: 'date', value: event.currentTarget.value })} />
    </div>
  );
}

function SelectionView(props: { widget: Built; context: WidgetContext }) {
  const { widget, context } = props;
  const name = widget.fieldName as string;
  const items = (widget.items as Item[] | undefined) ?? [];
  const title = (widget.title as string | undefined) ?? name;
  const field = context.values[name];
  const chosen = field?.kind === 'list' ? field.values : field ? [field.value] : [];
  const inputId = `${context.id}-${name}`;
  if (widget.type === 'DROPDOWN' || widget.type === 'MULTI_SELECT') {
    const multiple = widget.type === 'MULTI_SELECT';
    return (
      <div class="gfield">
        <label for={inputId}>{title}</label>
        <select
          id={inputId}
          name={name}
          multiple={multiple}
          onChange={(event) => {
            const selected = Array.from(event.currentTarget.selectedOptions, (option) => option.value);
            context.set(name, multiple ? { kind: 'list', values: selected } : { kind: 'text', value: selected[0] ?? '' });
          }}
        >
          {items.map((item) => (
            <option key={item.value} value={item.value} selected={chosen.includes(item.value)}>
              {item.text}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const multiple = isMultiple(widget);
  const toggle = (value: string, on: boolean) => {
    if (!multiple) return context.set(name, { kind: 'text', value });
    const next = on ? [...chosen.filter((one) => one !== value), value] : chosen.filter((one) => one !== value);
    context.set(name, { kind: 'list', values: items.map((item) => item.value).filter((one) => next.includes(one)) });
  };
  return (
    <fieldset class="gchoices">
      <legend>{title}</legend>
      {items.map((item, index) => (
        <label key={item.value} class="gchoice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            role={widget.type === 'SWITCH' ? 'switch' : undefined}
            id={`${inputId}-${index}`}
            name={name}
            value={item.value}
            checked={chosen.includes(item.value)}
            onChange={(event) => toggle(item.value, event.currentTarget.checked)}
          />
          {item.text}
        </label>
      ))}
    </fieldset>
  );
}

function ButtonView(props: { button: Built; context: WidgetContext; filled: boolean }) {
  const { button, context } = props;
  const link = (button.openLink as Built | undefined)?.url as string | undefined;
  if (link && !button.onClickAction && !button.composeAction) {
    return (
      <a class={props.filled ? 'gbutton filled' : 'gbutton'} href={link} target="_blank" rel="noopener noreferrer">
        {button.text as string}
      </a>
    );
  }
  return (
    <button type="button" class={props.filled ? 'gbutton filled' : 'gbutton'} disabled={context.busy || button.disabled === true} onClick={() => context.click(button)}>
      {button.text as string}
    </button>
  );
}
