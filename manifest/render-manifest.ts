/**
 * Relance's add-in-only XML manifest, rendered for one base URL (dev or production) from this
 * single source. The overrides require Mailbox 1.5, the most Outlook on Android and iOS supports,
 * since they declare the mobile button; every later set (1.8 categories, 1.9 forms, NAA) is checked
 * at run time ("Outlook JavaScript APIs supported in Outlook on mobile devices").
 */
import { iconSizes } from './generate-icons';
import { type LocalizedText, longStrings, manifestStrings, shortStrings } from './resources';

export type ManifestOptions = {
  baseUrl: string;
  version: string;
  /** The organisation's settings file, when it is not `relance.settings.json` beside the pane: one hosted pane, several organisations. */
  settingsUrl?: string;
};

/** The pane's address for a view, carrying the organisation's settings URL when the manifest names one. */
function paneUrl(base: string, view: 'remind' | 'reply', settingsUrl?: string): string {
  const url = new URL('taskpane.html', `${base}/`);
  url.searchParams.set('view', view);
  if (settingsUrl) url.searchParams.set('settings', settingsUrl);
  return url.toString();
}

/** A fixed id: the same add-in in every environment, so an upgrade replaces it. */
export const addInId = '6f3c1b52-8a4e-4d1e-9c57-2f0b7a9e4d31';
export const minimumMailbox = '1.5';
/** The highest Mailbox requirement set Outlook on Android and iOS supports. */
export const mobileMailbox = '1.5';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function manifestVersion(version: string): string {
  const parts = version.split('-')[0]!.split('.').map((part) => String(Number(part) || 0));
  while (parts.length < 4) parts.push('0');
  return parts.slice(0, 4).join('.');
}

function localized(tag: string, text: LocalizedText, indent: string): string {
  return `${indent}<${tag} DefaultValue="${escapeXml(text.fr)}">\n${indent}  <Override Locale="en-US" Value="${escapeXml(text.en)}" />\n${indent}</${tag}>`;
}

function resource(kind: 'String' | 'Url' | 'Image', id: string, value: LocalizedText | string, indent: string): string {
  if (typeof value === 'string') return `${indent}<bt:${kind} id="${id}" DefaultValue="${escapeXml(value)}" />`;
  return `${indent}<bt:${kind} id="${id}" DefaultValue="${escapeXml(value.fr)}">\n${indent}  <bt:Override Locale="en-US" Value="${escapeXml(value.en)}" />\n${indent}</bt:${kind}>`;
}

type Button = { id: string; label: string; tip: string; url: string };

function button(b: Button, pinning: boolean, indent: string): string {
  const i = indent;
  return [
    `${i}<Control xsi:type="Button" id="${b.id}">`,
    `${i}  <Label resid="${b.label}" />`,
    `${i}  <Supertip>`,
    `${i}    <Title resid="${b.label}" />`,
    `${i}    <Description resid="${b.tip}" />`,
    `${i}  </Supertip>`,
    `${i}  <Icon>`,
    ...[16, 32, 80].map((size) => `${i}    <bt:Image size="${size}" resid="Icon.${size}" />`),
    `${i}  </Icon>`,
    `${i}  <Action xsi:type="ShowTaskpane">`,
    `${i}    <SourceLocation resid="${b.url}" />`,
    ...(pinning ? [`${i}    <SupportsPinning>true</SupportsPinning>`] : []),
    `${i}  </Action>`,
    `${i}</Control>`,
  ].join('\n');
}

function mobileButton(b: Button, indent: string): string {
  const i = indent;
  const images = [25, 32, 48].flatMap((size) => [1, 2, 3].map((scale) => `${i}    <bt:Image size="${size}" scale="${scale}" resid="Icon.${size * scale}" />`));
  return [
    `${i}<Control xsi:type="MobileButton" id="${b.id}">`,
    `${i}  <Label resid="${b.label}" />`,
    `${i}  <Icon xsi:type="bt:MobileIconList">`,
    ...images,
    `${i}  </Icon>`,
    `${i}  <Action xsi:type="ShowTaskpane">`,
    `${i}    <SourceLocation resid="${b.url}" />`,
    `${i}  </Action>`,
    `${i}</Control>`,
  ].join('\n');
}

const remind: Button = { id: 'relanceRemind', label: 'Remind.Label', tip: 'Remind.Tip', url: 'Taskpane.Url' };
const confirm: Button = { id: 'relanceConfirm', label: 'Confirm.Label', tip: 'Confirm.Tip', url: 'Reply.Url' };
const insert: Button = { id: 'relanceInsert', label: 'Insert.Label', tip: 'Insert.Tip', url: 'Compose.Url' };

function hosts(pinning: boolean, indent: string): string {
  const i = indent;
  const surface = (type: string, group: string, buttons: Button[]) =>
    [
      `${i}      <ExtensionPoint xsi:type="${type}">`,
      `${i}        <OfficeTab id="TabDefault">`,
      `${i}          <Group id="${group}">`,
      `${i}            <Label resid="Group.Label" />`,
      ...buttons.map((b) => button(b, pinning, `${i}            `)),
      `${i}          </Group>`,
      `${i}        </OfficeTab>`,
      `${i}      </ExtensionPoint>`,
    ].join('\n');
  return [
    `${i}<Hosts>`,
    `${i}  <Host xsi:type="MailHost">`,
    `${i}    <DesktopFormFactor>`,
    surface('MessageReadCommandSurface', 'relanceReadGroup', [remind, confirm]),
    surface('MessageComposeCommandSurface', 'relanceComposeGroup', [insert]),
    `${i}    </DesktopFormFactor>`,
    `${i}    <MobileFormFactor>`,
    `${i}      <ExtensionPoint xsi:type="MobileMessageReadCommandSurface">`,
    `${i}        <Group id="relanceMobileGroup">`,
    `${i}          <Label resid="Group.Label" />`,
    mobileButton({ ...remind, id: 'relanceMobileRemind' }, `${i}          `),
    `${i}        </Group>`,
    `${i}      </ExtensionPoint>`,
    `${i}    </MobileFormFactor>`,
    `${i}  </Host>`,
    `${i}</Hosts>`,
  ].join('\n');
}

function resources(baseUrl: string, indent: string, settingsUrl?: string): string {
  const i = indent;
  const url = (path: string) => new URL(path, `${baseUrl}/`).toString();
  return [
    `${i}<Resources>`,
    `${i}  <bt:Images>`,
    ...iconSizes.map((size) => resource('Image', `Icon.${size}`, url(`assets/icon-${size}.png`), `${i}    `)),
    `${i}  </bt:Images>`,
    `${i}  <bt:Urls>`,
    resource('Url', 'Taskpane.Url', paneUrl(baseUrl, 'remind', settingsUrl), `${i}    `),
    resource('Url', 'Reply.Url', paneUrl(baseUrl, 'reply', settingsUrl), `${i}    `),
    resource('Url', 'Compose.Url', paneUrl(baseUrl, 'remind', settingsUrl), `${i}    `),
    `${i}  </bt:Urls>`,
    `${i}  <bt:ShortStrings>`,
    ...Object.entries(shortStrings).map(([id, text]) => resource('String', id, text, `${i}    `)),
    `${i}  </bt:ShortStrings>`,
    `${i}  <bt:LongStrings>`,
    ...Object.entries(longStrings).map(([id, text]) => resource('String', id, text, `${i}    `)),
    `${i}  </bt:LongStrings>`,
    `${i}</Resources>`,
  ].join('\n');
}

export function renderManifest({ baseUrl, version, settingsUrl }: ManifestOptions): string {
  const base = baseUrl.replace(/\/+$/, '');
  const url = (path: string) => new URL(path, `${base}/`).toString();
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/build-manifest.ts from manifest/render-manifest.ts for ${escapeXml(base)}: edit the source, not this file. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>${addInId}</Id>
  <Version>${manifestVersion(version)}</Version>
  <ProviderName>Relance</ProviderName>
  <DefaultLocale>fr-FR</DefaultLocale>
${localized('DisplayName', manifestStrings.displayName, '  ')}
${localized('Description', manifestStrings.description, '  ')}
  <IconUrl DefaultValue="${url('assets/icon-64.png')}" />
  <HighResolutionIconUrl DefaultValue="${url('assets/icon-128.png')}" />
  <SupportUrl DefaultValue="${url('support.html')}" />
  <Hosts>
    <Host Name="Mailbox" />
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1" />
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${escapeXml(paneUrl(base, 'remind', settingsUrl))}" />
        <RequestedHeight>450</RequestedHeight>
      </DesktopSettings>
    </Form>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${escapeXml(paneUrl(base, 'remind', settingsUrl))}" />
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read" />
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit" />
  </Rule>
  <DisableEntityHighlighting>true</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="${minimumMailbox}">
        <bt:Set Name="Mailbox" />
      </bt:Sets>
    </Requirements>
${hosts(false, '    ').replace(/\n\s*<MobileFormFactor>[\s\S]*<\/MobileFormFactor>/, '')}
${resources(base, '    ', settingsUrl)}
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="${minimumMailbox}">
          <bt:Set Name="Mailbox" />
        </bt:Sets>
      </Requirements>
${hosts(true, '      ')}
${resources(base, '      ', settingsUrl)}
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}
