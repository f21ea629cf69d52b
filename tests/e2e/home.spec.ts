import { expect, test } from '@playwright/test';

test('home page shows the overall status and every component group', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Partial System Outage');
  await expect(page.locator('[data-group]')).toHaveCount(3);
});
