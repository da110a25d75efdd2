/** Session (who the user is, the script's time zone) and the two Utilities calls the add-on makes. */
import { encodeBase64 } from './base64';

export function fakeSession(email: string, scriptTimeZone = 'Europe/Paris'): GoogleAppsScript.Base.Session {
  return {
    getActiveUser: () => ({ getEmail: () => email }),
    getEffectiveUser: () => ({ getEmail: () => email }),
    getScriptTimeZone: () => scriptTimeZone,
    getActiveUserLocale: () => '',
  } as unknown as GoogleAppsScript.Base.Session;
}

export function fakeUtilities(): GoogleAppsScript.Utilities.Utilities {
  return {
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      if (pattern !== 'yyyy-MM-dd') throw new Error(`fake Utilities.formatDate supports yyyy-MM-dd only, not ${pattern}`);
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    },
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
    base64Encode: (data: string, charset?: string) => encodeBase64(data, charset === 'UTF_8' ? 'utf8' : 'latin1'),
    base64EncodeWebSafe: (data: string, charset?: string) => encodeBase64(data, charset === 'UTF_8' ? 'utf8' : 'latin1').replace(/\+/g, '-').replace(/\//g, '_'),
    newBlob: (data: string, contentType: string, name: string) => ({
      getName: () => name,
      getContentType: () => contentType,
      getDataAsString: () => data,
    }),
  } as unknown as GoogleAppsScript.Utilities.Utilities;
}
