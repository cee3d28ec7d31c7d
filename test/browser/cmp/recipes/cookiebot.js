// Cookiebot: CookiebotOnAccept and CookiebotOnDecline fire on the reader's choice and on every
// page load once a choice is stored; Cookiebot.consent holds it per category.
// Load this file in the head, before the consent script.
window.newsroomConsent = window.newsroomConsent || []; // a CMP is the record: our own memory is off
const newsroomCategory = 'marketing'; // the category your Cookiebot scan lists the poll provider under
const newsroomProviders = ['civey'];

function newsroomFromCookiebot() {
  const verb = window.Cookiebot?.consent?.[newsroomCategory] ? 'grant' : 'revoke';
  for (const provider of newsroomProviders) window.newsroomConsent.push([verb, provider]);
}
window.addEventListener('CookiebotOnAccept', newsroomFromCookiebot);
window.addEventListener('CookiebotOnDecline', newsroomFromCookiebot);
