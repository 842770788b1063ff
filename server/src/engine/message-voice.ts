/**
 * A contract formed by an exchange of e-mails speaks in the voice of each message's sender. The
 * offer defines the pronouns ("Northgate IT Ltd ("we") offers … to Kestrel Partners ("you")"), and a
 * reply from the other side that adds terms says "You will keep a written plan …" of the sender
 * of the offer: in that message "we" and "you" swap. Messages are read from their From headers
 * (`**From:** Name <address>`); a message sent from the address the defining message was sent to
 * reads its pronouns the other way round. Nothing changes without both headers and a defined "we".
 */
import type { ParsedDocument } from './parse';
import type { Parties } from './parties';

const FROM_LINE = /^[ \t>]*(?:\*\*|__)?From:?(?:\*\*|__)?:?[ \t]*(.+)$/gimu;
const TO_LINE = /^[ \t>]*(?:\*\*|__)?To:?(?:\*\*|__)?:?[ \t]*(.+)$/imu;
const PRONOUN = /^(?:we|us|our|you|your)$/i;
/** How far below its From line a message's To line may stand (code units): Date or Cc lines between. */
const HEADER_REACH = 400;

interface Message {
  start: number;
  sender: string;
  recipient?: string;
}

/** `Dana Lee <dana.lee@northgate.example>` → the address's domain; a bare name as written. */
function correspondent(header: string): string {
  const address = /@([\w.-]+)/u.exec(header);
  return (address ? address[1]! : header.replace(/[*_<>]/g, '')).trim().toLowerCase();
}

function messagesOf(text: string): Message[] {
  const messages: Message[] = [];
  for (const m of text.matchAll(FROM_LINE)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + HEADER_REACH);
    const to = TO_LINE.exec(after.split(/\n\s*\n/u)[0] ?? '');
    messages.push({ start: m.index!, sender: correspondent(m[1]!), ...(to ? { recipient: correspondent(to[1]!) } : {}) });
  }
  return messages;
}

const cache = new WeakMap<Parties, WeakMap<ParsedDocument, (offset: number) => Parties>>();

/** The parties as the message holding `offset` speaks of them: pronouns swapped in the other side's messages. */
export function messageVoice(doc: ParsedDocument, parties: Parties): (offset: number) => Parties {
  let byDoc = cache.get(parties);
  if (!byDoc) cache.set(parties, (byDoc = new WeakMap()));
  let read = byDoc.get(doc);
  if (!read) byDoc.set(doc, (read = readVoices(doc, parties)));
  return read;
}

function readVoices(doc: ParsedDocument, parties: Parties): (offset: number) => Parties {
  const same = (): Parties => parties;
  const definedWe = parties.names.find((n) => /^we$/i.test(n.term) && n.definedAt !== undefined);
  if (!definedWe) return same;
  const messages = messagesOf(doc.text);
  if (messages.length < 2) return same;
  const holding = (offset: number): Message | undefined => messages.filter((m) => m.start <= offset).at(-1);
  const defining = holding(definedWe.definedAt!);
  if (!defining?.recipient || defining.recipient === defining.sender) return same;
  const swapped: Parties = {
    ...parties,
    names: parties.names.map((n) => (PRONOUN.test(n.term) && (n.role === 'provider' || n.role === 'customer') ? { ...n, role: n.role === 'provider' ? 'customer' : 'provider' } : n)),
  };
  const otherSide = defining.recipient;
  return (offset) => (holding(offset)?.sender === otherSide ? swapped : parties);
}
