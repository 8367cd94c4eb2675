/** The kinds of `<Aside>` callout and their default titles, shared by the page component and the agent Markdown. */
export const asideTitles = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

export type AsideType = keyof typeof asideTitles;
