// Usercentrics (Browser UI v2): in the Admin Interface, Implementation → Data Layer & Events,
// add the Window Event "ucEvent". Its detail has one entry per service name, true or false.
// Load this file in the head, before the consent script.
window.newsroomConsent = window.newsroomConsent || []; // a CMP is the record: our own memory is off
const newsroomServices = { Civey: 'civey' }; // Usercentrics service name → newsroom provider

window.addEventListener('ucEvent', (event) => {
  const detail = event.detail;
  if (detail?.event !== 'consent_status') return;
  for (const [service, provider] of Object.entries(newsroomServices)) {
    if (typeof detail[service] !== 'boolean') continue;
    window.newsroomConsent.push([detail[service] ? 'grant' : 'revoke', provider]);
  }
});
