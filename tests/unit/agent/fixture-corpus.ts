import type { AgentArticle, AgentCorpus, AgentRunbook } from '../../../src/agent/corpus.ts';
import { siteSettingsSchema } from '../../../src/content-model/schemas/site.ts';

const site = siteSettingsSchema.parse({
	name: 'Example Help Center',
	productName: 'Example Mail',
	tagline: 'Answers about Example Mail.',
	url: 'https://help.example.com',
	supportUrl: 'https://example.com/support',
	ticketUrlTemplate: 'https://desk.example.com/tickets/{id}',
});
// Usability is opted in to the public site with customer words; the others are not.
const categories: AgentCorpus['categories'] = [
	{ id: 'reliability', label: 'Reliability', description: 'It errors.' },
	{
		id: 'usability',
		label: 'Usability',
		description: 'It is unclear.',
		customer: { label: 'How-to guides', description: 'Step by step.' },
	},
	{ id: 'abuse', label: 'Abuse', description: 'Policies.' },
];
const domains = { id: 'domains', label: 'Domains', description: 'DNS.' };
const billing = { id: 'billing', label: 'Billing', description: 'Invoices.' };
const productAreas = [domains, { id: 'api', label: 'API', description: 'The REST API.' }, billing];

function article(fields: Partial<AgentArticle> & Pick<AgentArticle, 'slug' | 'title'>): AgentArticle {
	return {
		description: `About ${fields.title.toLowerCase()}.`,
		category: categories[1] as AgentArticle['category'],
		productArea: domains,
		updated: new Date('2026-05-02T00:00:00Z'),
		tags: ['dns'],
		aliases: ['domain pending'],
		audience: 'public',
		draft: false,
		owner: 'Priya Raman',
		tickets: ['ACME-1'],
		markdown: `Body of ${fields.slug}.\n\n## Steps\n\n1. Do it.\n`,
		...fields,
	};
}

export const verifyDomain = article({ slug: 'verify-domain', title: 'Verify your sending domain' });
export const draftArticle = article({
	slug: 'batch-api',
	title: 'Batch sending',
	draft: true,
	category: categories[0] as AgentArticle['category'],
});

const publicArticles = [
	verifyDomain,
	article({
		slug: 'domain-stuck-pending',
		title: 'Why is my domain [still] pending?',
		category: categories[0] as AgentArticle['category'],
	}),
	article({
		slug: 'download-invoices',
		title: 'Download invoices',
		category: categories[0] as AgentArticle['category'],
		productArea: billing,
	}),
];

export const runbook: AgentRunbook = {
	slug: 'escalate-to-engineering',
	title: 'Escalate to engineering',
	description: 'When and how to page engineering.',
	owner: 'Support Ops',
	updated: new Date('2026-04-01T00:00:00Z'),
	tags: ['escalation'],
	tickets: [],
	markdown: 'Post in the escalation channel.\n',
};

/** What the public build of a tiny site hands to agents. */
export const publicCorpus: AgentCorpus = {
	site,
	audience: 'public',
	categories,
	productAreas,
	articles: publicArticles,
	runbooks: [],
};

/** The same site's internal build: plus an internal article, a draft and a runbook. */
export const internalCorpus: AgentCorpus = {
	site,
	audience: 'internal',
	categories,
	productAreas,
	articles: [
		...publicArticles,
		article({ slug: 'gmail-deferrals', title: 'Known issue: Gmail deferrals', audience: 'internal' }),
		draftArticle,
	],
	runbooks: [runbook],
};
