import { describeSource } from './contract.ts';
import { vendors } from './vendors.ts';

describeSource(vendors.find((setup) => setup.name === 'zohodesk') as (typeof vendors)[number]);
