/** What the parser produces: sections, clause units and their sentences, comments, front matter. */
import type { Span } from '../types';

export type UnitKind = 'paragraph' | 'list-item' | 'table-cell' | 'heading' | 'indented-prose';

export interface Sentence extends Span {
  /** Masked text of the sentence (markup blanked); same length as the source slice. */
  text: string;
}

export interface ClauseUnit extends Span {
  kind: UnitKind;
  /** Index into ParsedDocument.sections of the innermost enclosing section (-1: before any heading). */
  section: number;
  sentences: Sentence[];
  /**
   * A title written at the start of the unit ("**2.3 Multifactor Authentication.**",
   * "(e) Logging :", "Subprocessors.  Provider will …"), or the whole unit when it is only a title.
   * Captions head the unit's sentences; they are not sentences themselves.
   */
  caption?: Sentence;
  /** The enumerator the unit starts with ("(c)", "(ii)", "7.2", "a."), if any. */
  enumerator?: string;
  /** Indices of the units this one hangs under in the outline, outermost first. */
  parents: number[];
}

export interface Section extends Span {
  /** Heading depth 1–6; 7 for a title paragraph ("**Security Incidents**") that acts as a heading. */
  depth: number;
  /** Heading text without markup or number. */
  title: string;
  /** Clause number written in the heading, e.g. "7", "7.2", "VII", "2" in "Schedule 2". */
  number?: string;
  /** The heading line itself. */
  headingSpan: Span;
  /** Index of the parent section, -1 for none. */
  parent: number;
  /** 'heading' for Markdown headings, 'title' for a paragraph that is only a title. */
  kind?: 'heading' | 'title';
}

export interface Comment extends Span {
  /** Text inside <!-- --> */
  body: string;
}

export interface ParsedDocument {
  text: string;
  frontMatter?: { data: unknown; span: Span; error?: string };
  sections: Section[];
  units: ClauseUnit[];
  comments: Comment[];
  /** True when the body is mostly indented (code-block) prose and was read as text. */
  indentedProse: boolean;
}
