/** An amount in major units (4860.5 = 4 860,50 €) of an ISO 4217 currency; arithmetic is done in minor units. */
export type Money = { value: number; currency: string };
