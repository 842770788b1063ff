/**
 * The shapes in which schedules and statements of work allocate a duty, each tried on five
 * requirements: lead-ins over lists ("The Provider shall:", "The Services do not include:"),
 * headings that say what their bare items are ("Exclusions", "Customer responsibilities"),
 * responsibility matrices with a mark under a party's column, and a later exclusion that names
 * the earlier clause. Texts written for this test (no corpus document's wording).
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ITEMS: Record<string, [act: string, noun: string]> = {
  'patching.ongoing-service': ['apply security patches to the Customer systems within fourteen days of release', 'Security patching of the Customer systems'],
  'backup.contracted-service': ['back up the Customer Data every day', 'Daily backup of the Customer Data'],
  'mfa.provider-access': ['require multi-factor authentication for all remote access by its personnel to the Customer systems', 'Multi-factor authentication for Provider personnel accessing the Customer systems'],
  'network.segregation': ['keep the Customer environment logically separated from those of its other customers', 'Logical separation of the Customer environment from other customers'],
  'accounts.deprovisioning': ['disable the accounts of departing personnel within one day', 'Disabling the accounts of departing personnel within one day'],
};

/** The requirements (with what they got) for which `body` does not read as one of `expected`. */
function wrong(body: string, expected: string[]): string[] {
  return Object.entries(ITEMS)
    .map(([id, [act, noun]]) => [id, bundledStatus(body.replaceAll('ACT', act).replaceAll('NOUN', noun), id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('structure forms: lead-ins over lists', () => {
  it('"The Provider shall:" over (a)/(b) items and bullets binds each item', () => {
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider shall:\n\n(a) ACT; and\n\n(b) keep a record of its work.\n', ['present']), []);
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider shall:\n\n- ACT;\n- keep a record of its work.\n', ['present']), []);
  });
  it('a hedged lead-in hedges each item', () => {
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider will use reasonable endeavours to:\n\n- ACT;\n- keep a record of its work.\n', ['weak']), []);
  });
  it('"The Services do not include:" excludes each item, bullets or numbers', () => {
    assert.deepEqual(wrong('## 5. Scope\n\nThe Services do not include:\n\n- NOUN;\n- hardware repairs.\n', ['negated']), []);
    assert.deepEqual(wrong('## 5. Scope\n\nThe Services do not include:\n\n1. NOUN;\n2. hardware repairs.\n', ['negated']), []);
  });
  it('"The Provider is not required to:" refuses each item', () => {
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider is not required to:\n\n(a) ACT; or\n\n(b) keep a record of its work.\n', ['negated']), []);
  });
});

describe('structure forms: headings that say what their bare items are', () => {
  it('items under "Exclusions", "Out of scope", "Services not included" are left out of the services', () => {
    for (const heading of ['Exclusions', 'Out of scope', 'Services not included', 'Excluded services', 'What is not included']) {
      assert.deepEqual(wrong(`## 5. ${heading}\n\n- NOUN\n- Hardware repairs\n`, ['negated']), [], heading);
    }
  });
  it('items under "Customer responsibilities" or "Responsibilities of the Customer" are put on the customer', () => {
    for (const heading of ['Customer responsibilities', "Customer's obligations", 'Responsibilities of the Customer', 'Customer dependencies']) {
      assert.deepEqual(wrong(`## 5. ${heading}\n\n- NOUN.\n- Payment of the Charges.\n`, ['wrong-party']), [], heading);
    }
  });
  it('a bare item under "Provider responsibilities" stays a list item without a binding verb', () => {
    assert.deepEqual(wrong('## 5. Provider responsibilities\n\n- NOUN.\n- Monthly service reports.\n', ['weak']), []);
  });
  it('a sentence with its own verb under such a heading is read by its verb', () => {
    assert.deepEqual(wrong('## 5. Customer responsibilities\n\nThe Provider shall ACT.\n', ['present']), []);
    assert.deepEqual(wrong('## 5. Exclusions\n\nThe Provider shall ACT.\n', ['present']), []);
  });
  it('other headings over bare items change nothing', () => {
    assert.deepEqual(wrong('## 5. Security services\n\n- NOUN.\n- Monthly service reports.\n', ['weak']), []);
    assert.deepEqual(wrong('## 5. Supplier responsibilities of the sub-contractor\n\n- NOUN.\n', ['weak']), []);
  });
});

describe('structure forms: responsibility matrices', () => {
  it('a mark under the customer column alone puts the row on the customer', () => {
    assert.deepEqual(wrong('## 5. Security\n\n| Activity | Provider | Customer |\n|---|---|---|\n| NOUN | | X |\n| Monthly reports | X | |\n', ['wrong-party']), []);
    assert.deepEqual(wrong('## 5. Security\n\n| Task | Customer | Provider |\n|---|---|---|\n| NOUN | ✓ | |\n', ['wrong-party']), []);
  });
  it('a mark under the provider column (alone or shared) leaves the row to the usual reading', () => {
    assert.deepEqual(wrong('## 5. Security\n\n| Activity | Provider | Customer |\n|---|---|---|\n| NOUN | X | |\n| Approving changes | | X |\n', ['weak']), []);
    assert.deepEqual(wrong('## 5. Security\n\n| Activity | Provider | Customer |\n|---|---|---|\n| NOUN | X | X |\n', ['weak']), []);
  });
  it('a "Responsible party" column naming the customer does the same', () => {
    assert.deepEqual(wrong('## 5. Security\n\n| Activity | Responsible party |\n|---|---|\n| NOUN | Customer |\n', ['wrong-party', 'negated']), []);
  });
});

describe('structure forms: a later exclusion of the earlier clause', () => {
  it('"Despite clause 5, … is excluded" and "… the Services exclude …" disclaim the duty', () => {
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider shall ACT.\n\n## 6. Exclusions\n\nDespite clause 5, NOUN is excluded from the Services.\n', ['negated']), []);
    assert.deepEqual(wrong('## 5. Security\n\nThe Provider shall ACT.\n\n## 6. Exclusions\n\nDespite clause 5, the Services exclude NOUN.\n', ['negated']), []);
  });
});
