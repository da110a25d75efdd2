/** How long each kind of field may be: longer is a pasting accident, not an invoice. */
export const fieldLimits = {
  invoiceNumber: 64,
  description: 500,
  name: 120,
  company: 200,
  addressLine: 200,
  addressLines: 8,
  email: 254,
  phone: 40,
  civility: 40,
  role: 120,
  legalMentions: 400,
} as const;
