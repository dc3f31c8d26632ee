import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps } from '../../../src/components/invoice-grid/css-props.js';

describe('cssProps directive', () => {
  it('sets, changes and removes inline properties through the CSSOM, never a style attribute string', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string | undefined>) => render(html`<span ${cssProps(props)}></span>`, host);
    draw({ '--_cols': '48px 100px', transform: 'translateY(10px)' });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--_cols')).to.equal('48px 100px');
    expect(span.style.transform).to.equal('translateY(10px)');
    draw({ '--_cols': '48px 120px' });
    expect(span.style.getPropertyValue('--_cols')).to.equal('48px 120px');
    expect(span.style.transform).to.equal('');
    draw({ '--_cols': undefined, height: '20px' });
    expect(span.style.getPropertyValue('--_cols')).to.equal('');
    expect(span.style.height).to.equal('20px');
  });

  it('writes only what changed (a property set from elsewhere survives)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string>) => render(html`<span ${cssProps(props)}></span>`, host);
    draw({ height: '20px' });
    const span = host.querySelector('span')!;
    span.style.color = 'red';
    span.style.height = '30px';
    draw({ height: '20px' });
    // Unchanged since the last render: not written again, so the outside change stays.
    expect(span.style.height).to.equal('30px');
    expect(span.style.color).to.equal('red');
  });

  it('is an element binding only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span>${cssProps({ height: '1px' })}</span>`, host)).to.throw(/element binding/);
  });
});
