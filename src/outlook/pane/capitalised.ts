/** A field label as a form title: "date d'échéance" becomes "Date d'échéance". */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
