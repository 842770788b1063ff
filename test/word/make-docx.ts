/** Word documents built in the tests with the `docx` package (no binary fixtures in the repository). */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

const change = (id: number) => ({ id, author: 'Counsel for the Provider', date: '2026-11-30T10:00:00Z' });

export interface DraftOptions {
  /** Write the MFA clause as a tracked insertion and a hedge as a tracked deletion. */
  trackedChanges?: boolean;
}

/** A short MSA in Word: title, parties, a typed-number article with bold run-in titles, a bullet list, a table, an auto-numbered heading. */
export async function msaDocx(options: DraftOptions = {}): Promise<Buffer> {
  const monitoring = options.trackedChanges
    ? [
        new TextRun('7.2 '),
        new TextRun({ text: 'Monitoring.', bold: true }),
        new TextRun(' The Provider shall'),
        new DeletedTextRun({ ...change(1), text: ', where possible,' }),
        new TextRun(' monitor the Customer Environment for Security Events using a SIEM tool.'),
      ]
    : [new TextRun('7.2 '), new TextRun({ text: 'Monitoring.', bold: true }), new TextRun(' The Provider shall, where possible, monitor the Customer Environment for Security Events using a SIEM tool.')];
  const mfa = options.trackedChanges
    ? [new Paragraph({ children: [new TextRun('7.3 '), new TextRun({ text: 'MFA.', bold: true }), new InsertedTextRun({ ...change(2), text: ' The Provider shall enforce multi-factor authentication on every Provider Account that can access the Customer Environment.' })] })]
    : [];
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Master Services Agreement', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'This Agreement is made between Northwind Managed IT Ltd. (the "Provider") and Harbor Point Logistics, Inc. (the "Customer").' }),
          new Paragraph({ text: '7. Information Security', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('7.1 '), new TextRun({ text: 'Security Logs.', bold: true }), new TextRun(' The Provider shall retain Security Logs for ninety (90) days.')] }),
          new Paragraph({ children: monitoring }),
          ...mfa,
          new Paragraph({ text: 'The Provider shall keep the following records:' }),
          new Paragraph({ text: 'access reviews of all Provider Accounts;', bullet: { level: 0 } }),
          new Paragraph({ text: 'the results of security assessments.', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Role')] }), new TableCell({ children: [new Paragraph('Contact')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Security lead')] }), new TableCell({ children: [new Paragraph('security@northwind.example')] })] }),
            ],
          }),
          new Paragraph({ text: 'Incident Response', heading: HeadingLevel.HEADING_2, numbering: { reference: 'articles', level: 0 } }),
          new Paragraph({ text: 'The Provider shall notify the Customer of any Security Incident within 24 hours.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
