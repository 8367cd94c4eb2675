import { describe, expect, test } from 'vitest';
import { baseForms, irregularForms, regularForms } from '../../../../src/search/query/morphology.ts';

describe('word forms', () => {
	test('a word may have the base forms its endings suggest, the word itself first', () => {
		expect(baseForms('verified')).toEqual(['verified', 'verify', 'verifi', 'verifie']);
		expect(baseForms('invoices')).toEqual(['invoices', 'invoic', 'invoice']);
		expect(baseForms('leaving')).toEqual(['leaving', 'leav', 'leave']);
		expect(baseForms('stopped')).toEqual(['stopped', 'stopp', 'stoppe', 'stop']);
		expect(baseForms('domain')).toEqual(['domain']);
	});

	test('a word ending in double s is no plural', () => {
		expect(baseForms('canvass')).toEqual(['canvass']);
		expect(baseForms('access')).toEqual(['access']);
		expect(baseForms('canvases')).toContain('canvas');
	});

	test('knows the irregular verbs a stemmer leaves apart', () => {
		expect(baseForms('forgot')).toEqual(['forgot', 'forget']);
		expect(baseForms('sent')).toEqual(['sent', 'send']);
		expect(baseForms('paid')).toEqual(['paid', 'pay']);
		expect(irregularForms('forget')).toEqual(['forgot', 'forgotten']);
		expect(irregularForms('verify')).toEqual([]);
	});

	test('lists the regular forms a base word takes in running text', () => {
		expect(regularForms('exit')).toEqual(['exits', 'exites', 'exited', 'exiting', 'exitd']);
		expect(regularForms('invoice')).toContain('invoicing');
		expect(regularForms('reply')).toEqual(expect.arrayContaining(['replies', 'replied']));
	});
});
