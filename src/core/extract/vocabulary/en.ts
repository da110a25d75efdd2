/** How English invoicing tools and accountants label the facts of an invoice mail, folded. */
import type { InvoiceVocabulary } from './invoice-vocabulary';

export const enInvoiceVocabulary: InvoiceVocabulary = {
  invoiceWords: ['invoices?', 'bill', 'tax invoice', 'vat invoice'],
  otherDocuments: ['quote', 'quotation', 'estimate', 'credit note', 'purchase order', 'order confirmation', 'proposal', 'payment receipt', 'receipt'],
  amountLabels: {
    excl: ['subtotal', 'sub-total', 'sub total', 'net(?: amount)?', 'excl(?:uding|\\.)? (?:vat|tax)', 'ex\\.? vat', 'before tax', 'pre-tax', 'amount excl(?:uding|\\.)? vat'],
    tax: ['vat(?: \\(?@? ?\\d+(?:\\.\\d+)? ?%\\)?)?', 'tax', 'gst', 'sales tax'],
    incl: ['total', 'invoice total', 'grand total', 'total amount', 'total incl(?:uding|\\.)? vat', 'incl(?:uding|\\.)? vat', 'inc\\.? vat', 'gross', 'amount'],
    due: ['amount due', 'balance due', 'balance', 'outstanding', 'amount outstanding', 'remaining(?: balance)?', 'left to pay', 'to pay', 'amount payable', 'total due', 'due', 'please pay'],
    paid: ['paid', 'amount paid', 'payments? (?:received|made)', 'deposit(?: paid| received)?', 'less payments?', 'credit(?: applied)?'],
    other: ['discount', 'late fee', 'share capital'],
  },
  amountSuffixes: { excl: ['\\+ ?vat', 'excl(?:uding|\\.)? vat', 'ex\\.? vat', 'net'], incl: ['incl(?:uding|\\.)? vat', 'inc\\.? vat', 'gross'] },
  dateLabels: {
    issue: ['invoice date', 'date of issue', 'issue date', 'issued(?: on)?', 'dated', 'date', 'tax point', 'invoice[^\\n]{0,30} (?:dated|of)'],
    due: ['due date', 'due(?: on| by)?', 'payment due(?: by| on| date)?', 'payable (?:by|on|before)', 'please pay by', 'to be paid by', 'no later than', 'before', 'pay(?:ment)?[^\\n]{0,40} by'],
    other: ['delivery(?: date)?', 'service period', 'period', 'order date', 'shipped(?: on)?', 'from', 'to'],
  },
  termsInDays: ['net ?(\\d{1,3})(?: days)?', '(\\d{1,3}) days(?: net| from (?:the )?(?:date of )?invoice(?: date)?| of (?:the )?invoice date)?', 'within (\\d{1,3}) days'],
  termsContext: ['payment', 'terms', 'payable', 'net', 'due', 'pay', 'settle', 'settled', 'within'],
  termsOnReceipt: ['due (?:up)?on receipt', 'payable (?:up)?on receipt', 'payable immediately', 'due immediately'],
  ambiguousTerms: ['end of month', 'eom', 'following month'],
};
