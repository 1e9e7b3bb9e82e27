import { readFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types';

describe("the web app's API types", () => {
  it('match the OpenAPI document the api serves (regenerate with `npm run web:types`)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(committed).toBe(await generateApiTypes());
  });
});
