import { describeSource } from './contract.ts';
import { vendors } from './vendors.ts';

describeSource(vendors.find((setup) => setup.name === 'salesforce') as (typeof vendors)[number]);
