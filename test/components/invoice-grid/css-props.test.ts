import { expect, fixture, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { applyCssProps, cssProps, serverStyle } from '../../../src/components/invoice-grid/css-props.js';

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

  it('owns the properties a server-rendered style attribute set: changes them, removes those it no longer sets', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // What hydration adopts: the server's style attribute (serverStyle), which the browser never writes.
    expect(serverStyle({ '--_cols': '1px' })).to.equal(nothing);
    const draw = (props: Record<string, string>) =>
      render(html`<span style="--_cols: 48px 150px; --_grid-width: 900px; color: red" ${cssProps(props)}></span>`, host);
    draw({ '--_cols': '48px 120px' });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--_cols')).to.equal('48px 120px');
    // A layout without a set width (cards) must not keep the server's.
    expect(span.style.getPropertyValue('--_grid-width')).to.equal('');
    draw({});
    expect(span.style.getPropertyValue('--_cols')).to.equal('');
    expect(span.style.color, 'what is not the directive’s own is left alone').to.equal('red');
  });

  it('applyCssProps writes between renders and the next render diffs against what it wrote', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (props: Record<string, string | undefined>) => render(html`<span ${cssProps(props)}></span>`, host);
    draw({ '--_cols': '48px 150px' });
    const span = host.querySelector('span')!;
    applyCssProps(span, { '--_cols': '48px 210px', '--_viewport': '900px' });
    expect(span.style.getPropertyValue('--_cols')).to.equal('48px 210px');
    expect(span.style.getPropertyValue('--_viewport')).to.equal('900px');
    // The state went back before the next render: the binding writes it back, and drops what it no longer sets.
    draw({ '--_cols': '48px 150px' });
    expect(span.style.getPropertyValue('--_cols')).to.equal('48px 150px');
    expect(span.style.getPropertyValue('--_viewport')).to.equal('');
  });

  it('is an element binding only', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<span>${cssProps({ height: '1px' })}</span>`, host)).to.throw(/element binding/);
  });
});
