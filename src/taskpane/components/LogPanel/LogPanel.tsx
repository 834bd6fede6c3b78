import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSectionStyles } from '../section.styles';

export interface LogPanelProps {
  /** The accordion item's value, unique in the pane. */
  value: string;
  heading: string;
  /** The entries, each an `<li>`. */
  children: ReactNode;
}

/** A collapsed section with a level-2 heading, listing what the workbook keeps: waivers, applied fixes. */
export function LogPanel({ value, heading, children }: LogPanelProps) {
  const section = useSectionStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value={value}>
        <AccordionHeader as="h2">{heading}</AccordionHeader>
        <AccordionPanel>
          <ul className={section.plainList}>{children}</ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
