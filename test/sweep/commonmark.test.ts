/** All 652 examples of the CommonMark specification, forced through the engine and the server. */
import { strict as assert } from 'node:assert';
import { commonMarkExamples } from './documents';
import { sweep } from './sweep';

describe('CommonMark specification examples', () => {
  it('are all there', () => assert.ok(commonMarkExamples().length >= 600));
});

sweep('CommonMark spec examples', commonMarkExamples);
