// Zoho's data centers, shared by the Zoho Desk ticket pull and the Zoho Desk knowledge
// base import: where an organization's Desk lives (`desk.zoho.eu`) and where its OAuth
// tokens are refreshed (`accounts.zoho.eu`).

/** Each data center's domain. */
export const zohoDataCenters = {
	us: 'zoho.com',
	eu: 'zoho.eu',
	in: 'zoho.in',
	au: 'zoho.com.au',
	jp: 'zoho.jp',
	ca: 'zohocloud.ca',
	sa: 'zoho.sa',
	cn: 'zoho.com.cn',
	uk: 'zoho.uk',
	sg: 'zoho.sg',
	ae: 'zoho.ae',
} as const;

export type ZohoDataCenter = keyof typeof zohoDataCenters;

/** Where a Zoho Desk organization is: its data center, or the origins set instead of it (a proxy, the tests' server). */
export interface ZohoPlace {
	dataCenter: ZohoDataCenter;
	/** The Desk API origin instead of the data center's. */
	baseUrl?: string;
	/** The accounts server instead of the data center's. */
	accountsUrl?: string;
}

/** The Desk API origin of the data center (`https://desk.zoho.eu`), or `baseUrl`. */
export function zohodeskBaseUrl(place: ZohoPlace): string {
	return place.baseUrl ?? `https://desk.${zohoDataCenters[place.dataCenter]}`;
}

/** Where the refresh token is exchanged: the accounts host of the same data center, or `accountsUrl`. */
export function zohoAccountsUrl(place: ZohoPlace): string {
	return place.accountsUrl ?? `https://accounts.${zohoDataCenters[place.dataCenter]}`;
}
