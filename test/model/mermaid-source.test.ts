// The Mermaid sources of a hierarchy and of a flow on a small hand-built atlas, written out line by line.
import { describe, expect, it } from 'vitest';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { escapeLabel, hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';
import { flowDiagram } from '../../src/model/drawing/flow-mermaid.ts';
import { processPath } from '../../src/model/content/ids.ts';

const pages: PageInput[] = [
  { id: '1.1', level: 0, title: 'Operations', summary: 's' },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order <Handling>', summary: 's', verticals: ['billing'] },
  { id: '1.1.1.5.1', level: 3, parent: '1.1.1.5', title: 'Step', summary: 's' },
  { id: '1.1.1.5.2', level: 3, parent: '1.1.1.5', title: 'Other Step', summary: 's' },
  { id: '1.1.1.6', level: 2, parent: '1.1.1', title: 'Problems', summary: 's', verticals: ['billing'] },
  { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' },
  { id: '1.1.2.1', level: 2, parent: '1.1.2', title: 'Config "50%"\n#1', summary: 's', verticals: ['billing'] },
  { id: 'billing', level: 1, parent: '1.1', title: 'Billing `B`', summary: 's' },
];
const flows = [
  { id: 'loop', title: 'Loop', summary: 's', steps: [{ process: '1.1.1.5', does: 'a' }, { process: '1.1.2.1', does: 'b', then: [1, 3] }, { process: '1.1.1.6', does: 'c' }] },
  { id: 'gap', title: 'Gap', summary: 's', steps: [{ process: '1.1.1.5', does: 'a' }, { process: '9.9', does: 'b' }, { process: '1.1.1.6', does: 'c' }] },
];
const atlas = () => new Atlas(pages.map((page) => ({ locale: 'en', page })), flows.map((flow) => ({ locale: 'en', flow })));
const click = (n: string, id: string) => `  click ${n} href "${processPath('en', id)}"`;

describe('escapeLabel', () => {
  it('turns every syntax character into an entity and line breaks into one space', () => {
    expect(escapeLabel('#&"<>`%\r\n\nx\ny')).toBe('#35;#38;#quot;#lt;#gt;#96;#37; x y');
    expect(escapeLabel('a ## b %% c')).toBe('a #35;#35; b #37;#37; c');
  });
});

describe('hierarchyDiagram', () => {
  it('draws the ancestors, the process (marked current) and its children, each linked', () => {
    expect(hierarchyDiagram(atlas(), 'en', '1.1.1.5').split('\n')).toEqual([
      'flowchart LR',
      '  n0["1.1<br/>Operations"]',
      '  n1["1.1.1<br/>CRM"]',
      '  n2["1.1.1.5<br/>Order #lt;Handling#gt;"]',
      '  n0 --> n1',
      '  n1 --> n2',
      '  n3["1.1.1.5.1<br/>Step"]',
      '  n2 --> n3',
      '  n4["1.1.1.5.2<br/>Other Step"]',
      '  n2 --> n4',
      click('n0', '1.1'), click('n1', '1.1.1'), click('n2', '1.1.1.5'), click('n3', '1.1.1.5.1'), click('n4', '1.1.1.5.2'),
      '  class n2 current',
    ]);
    expect(hierarchyDiagram(atlas(), 'en', '1.1').split('\n')).toEqual([
      'flowchart LR',
      '  n0["1.1<br/>Operations"]',
      '  n1["1.1.1<br/>CRM"]',
      '  n0 --> n1',
      '  n2["1.1.2<br/>SM#38;O"]',
      '  n0 --> n2',
      '  n3["Billing #96;B#96;"]',
      '  n0 --> n3',
      click('n0', '1.1'), click('n1', '1.1.1'), click('n2', '1.1.2'), click('n3', 'billing'),
      '  class n0 current',
    ]);
  });

  it('boxes a vertical grouping\'s processes by their horizontal grouping', () => {
    expect(hierarchyDiagram(atlas(), 'en', 'billing').split('\n')).toEqual([
      'flowchart LR',
      '  n0["1.1<br/>Operations"]',
      '  n1["Billing #96;B#96;"]',
      '  n0 --> n1',
      '  subgraph g0["1.1.1 CRM"]',
      '    n2["1.1.1.5<br/>Order #lt;Handling#gt;"]',
      '    n3["1.1.1.6<br/>Problems"]',
      '  end',
      '  n1 --> n2',
      '  n1 --> n3',
      '  subgraph g1["1.1.2 SM#38;O"]',
      '    n4["1.1.2.1<br/>Config #quot;50#37;#quot; #35;1"]',
      '  end',
      '  n1 --> n4',
      click('n0', '1.1'), click('n1', 'billing'), click('n2', '1.1.1.5'), click('n3', '1.1.1.6'), click('n4', '1.1.2.1'),
      '  class n1 current',
    ]);
  });

  it('refuses an unknown process', () => {
    expect(() => hierarchyDiagram(atlas(), 'en', '9.9')).toThrow('hierarchyDiagram: unknown process "9.9"');
  });
});

describe('flowDiagram', () => {
  it('puts steps in their layer\'s lane, joins the next step solid and jumps dotted, links every step', () => {
    expect(flowDiagram(atlas(), 'en', 'loop').split('\n')).toEqual([
      'flowchart TB',
      '  subgraph l0["Customer"]',
      '    s1["1. 1.1.1.5<br/>Order #lt;Handling#gt;"]',
      '    s3["3. 1.1.1.6<br/>Problems"]',
      '  end',
      '  subgraph l1["Service"]',
      '    s2["2. 1.1.2.1<br/>Config #quot;50#37;#quot; #35;1"]',
      '  end',
      '  s1 --> s2',
      '  s2 -.-> s1',
      '  s2 --> s3',
      click('s1', '1.1.1.5'), click('s2', '1.1.2.1'), click('s3', '1.1.1.6'),
    ]);
  });

  it('drops a step with no layer and every arrow to it', () => {
    expect(flowDiagram(atlas(), 'en', 'gap').split('\n')).toEqual([
      'flowchart TB',
      '  subgraph l0["Customer"]',
      '    s1["1. 1.1.1.5<br/>Order #lt;Handling#gt;"]',
      '    s3["3. 1.1.1.6<br/>Problems"]',
      '  end',
      click('s1', '1.1.1.5'), click('s3', '1.1.1.6'),
    ]);
  });

  it('names the lanes in the reader\'s language and refuses an unknown flow', () => {
    expect(flowDiagram(atlas(), 'it', 'loop').split('\n')[1]).toBe('  subgraph l0["Cliente"]');
    expect(() => flowDiagram(atlas(), 'en', 'none')).toThrow('flowDiagram: unknown flow "none"');
  });
});
