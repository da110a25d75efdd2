/** Test data: an aged balance of 40 rows, ten clients with two invoices overdue and two due in July, as a French tool exports it. */
const companies = ['Garage Morel SARL', 'Boulangerie Le Fournil', 'Imprimerie Vidal', 'Cabinet Roche', 'Transports Lemaire', 'Hôtel du Parc', 'Menuiserie Bastide', 'Pharmacie Carnot', 'Librairie Arcane', 'Studio Kaolin'];
const slug = (company: string) => company.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '');

export function agedBalance40(): string {
  const lines = ['Balance âgée clients au 20/04/2026', '', 'Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû;Email'];
  companies.forEach((company, c) => {
    for (let i = 0; i < 4; i += 1) {
      const overdue = i < 2;
      const due = overdue ? `${String(6 + i * 7).padStart(2, '0')}/04/2026` : '15/07/2026';
      const issued = overdue ? `${String(6 + i * 7).padStart(2, '0')}/03/2026` : '15/04/2026';
      const amount = `${1000 + c * 100 + i * 10},50`;
      lines.push(`${company};FA-${c}-${i};${issued};${due};${amount};${amount};compta@${slug(company)}.fr`);
    }
  });
  lines.push('TOTAL;;;;;;');
  return lines.join('\r\n');
}

