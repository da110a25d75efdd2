/**
 * The part of a Google Workspace add-on event object Relance reads. Field names follow
 * https://developers.google.com/workspace/add-ons/concepts/event-objects (V8 shape of formInputs).
 */
export type FormInput = {
  stringInputs?: { value: string[] };
  dateInput?: { msSinceEpoch: string | number };
};

export type AddonEvent = {
  commonEventObject?: {
    userLocale?: string;
    timeZone?: { id: string; offset?: number | string };
    hostApp?: string;
    platform?: string;
    parameters?: Record<string, string>;
    formInputs?: Record<string, FormInput>;
  };
  gmail?: {
    messageId?: string;
    threadId?: string;
    accessToken?: string;
    toRecipients?: string[];
    ccRecipients?: string[];
  };
};
