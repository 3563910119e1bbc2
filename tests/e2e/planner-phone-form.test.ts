/**
 * On a 390×844 phone, a member's basic form — the fields the plan's rule
 * packs read, with 更多信息 closed — fits one screen between the site's fixed
 * header and the verdicts' bar at the foot, so a new secretary fills it in
 * without scrolling inside it.
 */
import { describe, expect, it } from 'vitest';
import { editMember, openPlanner, useTemplate } from '../../scripts/lib/planner-ui.ts';
import { siteInBrowser } from '../helpers/site-in-browser.ts';

describe('planner on a phone: the member form', () => {
  const site = siteInBrowser();

  for (const template of ['西湖区 社区“大党委”', '西湖区 街道综合党委']) {
    it(`the basic form of a ${template} member fits one 390×844 screen`, async () => {
      const context = await site.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await openPlanner(site.browser, site.server.url, { context });
      await useTemplate(page, template);
      const member = await editMember(page, 2);
      const form = member.locator('.pl-form');
      expect(await form.locator('details.pl-more-fields').getAttribute('open')).toBeNull();
      const { formHeight, usable, fields } = await form.evaluate((el) => {
        // The site's header is fixed at the top, the verdicts' counts bar sticks at the foot.
        const header = document.querySelector('header.header');
        const bar = document.querySelector('.pl-verdict-bar');
        const height = (e: Element | null) => (e ? e.getBoundingClientRect().height : 0);
        return {
          formHeight: el.getBoundingClientRect().height,
          usable: window.innerHeight - height(header) - height(bar),
          fields: el.querySelectorAll(':scope > .pl-field, :scope > fieldset, :scope > div').length,
        };
      });
      // The pack's own facts are there, not only name, role and unit.
      expect(fields).toBeGreaterThan(5);
      expect(formHeight, `表单高 ${formHeight} px，可用 ${usable} px`).toBeLessThanOrEqual(usable);
    }, 60_000);
  }
});
