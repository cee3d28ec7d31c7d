// Any CMP: call tellNewsroom from its "consent changed" hook, before or after the consent script has loaded.
window.newsroomConsent = window.newsroomConsent || []; // a CMP is the record: our own memory is off

window.tellNewsroom = (provider, granted) => {
  window.newsroomConsent.push([granted ? 'grant' : 'revoke', provider]);
};
